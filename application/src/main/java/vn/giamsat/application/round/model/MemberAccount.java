package vn.giamsat.application.round.model;

import java.util.Objects;

/**
 * A user account a delegation member can be linked to, as the delegation editor offers it: the username (the link,
 * decision 018) and the name the directory shows (for recognising the person only).
 */
public record MemberAccount(String username, String fullName) {
    public MemberAccount {
        Objects.requireNonNull(username, "username");
        fullName = fullName == null ? "" : fullName.strip();
    }

    /** "Phan Thanh Thám (truongdoan)", or the username alone. */
    public String label() {
        return fullName.isEmpty() ? username : fullName + " (" + username + ")";
    }
}
