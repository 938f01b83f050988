package vn.giamsat.application.audit.model;

import java.util.Objects;

/**
 * A failed sign-in, as the audit log keeps it: the name typed or known (may be absent), an error code and a
 * short description, and where the request came from. Never a password, a token or an authorization code:
 * the fields have no room for them, and the text is cut to its maximum length.
 *
 * @param errorCode e.g. {@code invalid_state_parameter}, {@code access_denied}, {@code invalid_token_response}
 */
public record LoginFailure(String username, String errorCode, String description, String remoteAddress) {
    static final int MAX_DESCRIPTION = 300;

    public LoginFailure {
        username = username == null || username.isBlank() ? null : cut(username.strip(), 200);
        errorCode = cut(Objects.requireNonNullElse(errorCode, "unknown").strip(), 100);
        description = description == null || description.isBlank() ? null : cut(description.strip(), MAX_DESCRIPTION);
        remoteAddress = remoteAddress == null || remoteAddress.isBlank() ? null : cut(remoteAddress.strip(), 100);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
