package vn.giamsat.application.identity.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A failed sign-in as the identity provider recorded it. Never holds what was typed as the password.
 *
 * @param username  the name that was typed (may be one no account has)
 * @param ipAddress where the attempt came from
 * @param error     the identity provider's reason code, e.g. {@code invalid_user_credentials}, {@code user_disabled}
 */
public record LoginFailure(Instant time, String username, String ipAddress, String error) {
    public LoginFailure {
        Objects.requireNonNull(time, "time");
        username = username == null ? "" : username;
        ipAddress = ipAddress == null ? "" : ipAddress;
        error = error == null ? "" : error;
    }
}
