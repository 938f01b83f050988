package vn.giamsat.admin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and who the admin UI is to it. Given explicitly, so the app starts without asking Keycloak
 * anything (no issuer discovery): it may still be booting, or down.
 *
 * @param baseUrl      the realm's URL, e.g. http://127.0.0.1:8180/realms/giamsat (it is also the token issuer)
 * @param clientId     the admin UI's client in that realm
 * @param clientSecret from the environment only (GIAMSAT_OIDC_CLIENT_SECRET)
 * @param clockSkew    how long after its expiry a bearer token is still taken (clocks differ a little); 60 s
 *                     unless set
 */
@ConfigurationProperties("giamsat.oidc")
public record OidcSettings(String baseUrl, String clientId, String clientSecret, java.time.Duration clockSkew) {
    public OidcSettings {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        clockSkew = clockSkew == null ? java.time.Duration.ofSeconds(60) : clockSkew;
    }

    public String endpoint(String path) {
        return baseUrl + "/protocol/openid-connect/" + path;
    }

    /** The browser's origin of Keycloak, for the CSP's form-action (the logout form ends there). */
    public String origin() {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
