package vn.giamsat.admin.config;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.adapters.identity.KeycloakIdentityDirectory;
import vn.giamsat.admin.security.OidcSettings;

/**
 * User administration on Keycloak's admin API. Keycloak is the one the admin UI signs in at (its realm URL,
 * {@code giamsat.oidc.base-url}); the service account's secret comes from the environment only
 * ({@code GIAMSAT_IDENTITY_CLIENT_SECRET}, which the launcher passes). Nothing is asked of Keycloak at start.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityWiring {

    @Bean(destroyMethod = "close")
    KeycloakIdentityDirectory identityDirectory(OidcSettings oidc,
            @Value("${giamsat.identity.client-id:giamsat-identity}") String clientId,
            @Value("${giamsat.identity.client-secret:unset}") String secret) {
        // http://host:port/realms/giamsat → server http://host:port, realm giamsat
        String realmUrl = oidc.baseUrl();
        int at = realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalStateException("giamsat.oidc.base-url must be a realm URL (…/realms/<realm>): " + realmUrl);
        }
        URI.create(realmUrl); // refuses a malformed URL at start rather than at the first request
        return KeycloakIdentityDirectory.connect(realmUrl.substring(0, at), realmUrl.substring(at + "/realms/".length()),
                clientId, secret);
    }
}
