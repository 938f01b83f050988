package vn.giamsat.application.identity.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One sign-in of a user, successful or not, as the identity provider recorded it (its login events).
 *
 * @param succeeded false for a refused attempt (wrong password, disabled account...)
 * @param error     the provider's reason code of a refusal, "" for a success
 * @param client    the application signed in to, e.g. {@code giamsat-admin-ui}
 */
public record SignIn(Instant time, boolean succeeded, String ipAddress, String client, String error) {
    public SignIn {
        Objects.requireNonNull(time, "time");
        ipAddress = ipAddress == null ? "" : ipAddress;
        client = client == null ? "" : client;
        error = error == null ? "" : error;
    }
}
