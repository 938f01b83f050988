package vn.giamsat.domain.round;

import vn.giamsat.domain.common.Require;

/**
 * Who attached a file or wrote a comment: the account (which decides who may delete it) and the name shown.
 */
public record Contributor(String username, String displayName) {
    public Contributor {
        username = Require.text(username, 200, "tài khoản", "username");
        displayName = displayName == null || displayName.isBlank() ? username : Require.text(displayName, 300,
                "họ và tên", "display name");
    }
}
