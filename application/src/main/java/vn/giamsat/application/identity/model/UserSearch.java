package vn.giamsat.application.identity.model;

/**
 * Which users to list: those whose username, name or e-mail contains {@code text} (all when blank), ordered by
 * username, {@code limit} of them from {@code offset}.
 */
public record UserSearch(String text, boolean descending, int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public UserSearch {
        text = text == null ? "" : text.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_LIMIT + ": " + limit);
        }
    }
}
