package vn.giamsat.application.audit.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failed sign-in, as the audit log keeps it: the name typed or known (may be absent), an error code and a
 * short description, and where the request came from. Never a password, a token or an authorization code:
 * anything in the description that looks like one (a long run of token characters: a JWT, an authorization code,
 * a state value) is replaced by "[…]" before it is kept, and every text is cut to its maximum length.
 *
 * @param errorCode e.g. {@code invalid_state_parameter}, {@code access_denied}, {@code invalid_token_response}
 */
public record LoginFailure(String username, String errorCode, String description, String remoteAddress) {
    static final int MAX_DESCRIPTION = 300;
    /** Codes, states and tokens are long runs of these characters; words of a message are not. */
    private static final Pattern SECRET_LIKE = Pattern.compile("[A-Za-z0-9._~+/=-]{20,}");

    public LoginFailure {
        username = username == null || username.isBlank() ? null : cut(username.strip(), 200);
        errorCode = cut(Objects.requireNonNullElse(errorCode, "unknown").strip(), 100);
        description = description == null || description.isBlank() ? null
                : cut(SECRET_LIKE.matcher(description.strip()).replaceAll("[…]"), MAX_DESCRIPTION);
        remoteAddress = remoteAddress == null || remoteAddress.isBlank() ? null : cut(remoteAddress.strip(), 100);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
