package vn.giamsat.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an operator sees when a production start is refused, and what starts. */
class ProductionSettingsTest {
    private final Map<String, String> portal = new HashMap<>(Map.of(
            "giamsat.profile", "production",
            "spring.datasource.url", "jdbc:postgresql://db.internal:5432/giamsat",
            "spring.datasource.username", "giamsat_portal",
            "spring.datasource.password", "vQ7#kz2-long-random"));

    private Map<String, String> adminUi() {
        Map<String, String> admin = new HashMap<>(portal);
        admin.put("spring.datasource.username", "giamsat_owner");
        admin.put("giamsat.oidc.client-id", "giamsat-admin-ui");
        admin.put("giamsat.oidc.base-url", "https://login.giamsat.example.vn/realms/giamsat");
        admin.put("giamsat.oidc.client-secret", "s3cr3t-from-keycloak-9f2c");
        admin.put("server.servlet.session.cookie.secure", "true");
        return admin;
    }

    private static Optional<String> refusal(Map<String, String> settings) {
        return ProductionSettings.refusal(settings::get);
    }

    @Test
    void theLocalDefaultStartsWithDemoDataAndTheEmbeddedDatabase() {
        assertThat(refusal(Map.of("giamsat.profile", "local", "giamsat.demo-data", "true"))).isEmpty();
        assertThat(refusal(Map.of())).isEmpty();
    }

    @Test
    void aMisspeltProfileIsRefusedRatherThanTakenForLocal() {
        assertThat(refusal(Map.of("giamsat.profile", "prod", "giamsat.demo-data", "true")))
                .hasValueSatisfying(r -> assertThat(r).contains("GIAMSAT_PROFILE is 'prod'")
                        .contains("'local' or 'production'"));
    }

    @Test
    void properProductionSettingsStart() {
        assertThat(refusal(portal)).isEmpty();
        assertThat(refusal(adminUi())).isEmpty();
    }

    @Test
    void demoDataIsRefusedInProduction() {
        portal.put("giamsat.demo-data", "true");
        assertThat(refusal(portal)).hasValueSatisfying(r -> assertThat(r)
                .startsWith("Không khởi động ở chế độ production / refusing to start in production mode")
                .contains("demo data is on (GIAMSAT_DEMO_DATA=true)"));
    }

    @Test
    void theEmbeddedDatabaseIsRefusedInProduction() {
        portal.remove("spring.datasource.url");
        assertThat(refusal(portal)).hasValueSatisfying(r -> assertThat(r)
                .contains("no database URL (GIAMSAT_DB_URL)").contains("embedded PostgreSQL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GiamSat-Demo-2025", "giamsat_portal_local", "postgres", "change-me-db-password"})
    void emptyOrPublishedDatabasePasswordsAreRefused(String password) {
        portal.put("spring.datasource.password", password);
        assertThat(refusal(portal)).hasValueSatisfying(r -> assertThat(r)
                .contains("the database password (GIAMSAT_DB_PASSWORD) is empty or a published one"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unset", "", "GiamSat-Demo-2025", "change-me-oidc"})
    void theAdminUiRefusesAPlaceholderClientSecret(String secret) {
        Map<String, String> admin = adminUi();
        admin.put("giamsat.oidc.client-secret", secret);
        assertThat(refusal(admin)).hasValueSatisfying(r -> assertThat(r)
                .contains("the Keycloak client secret (GIAMSAT_OIDC_CLIENT_SECRET) is unset or a published one"));
    }

    @Test
    void plainHttpToKeycloakOnAnotherHostIsRefusedButLoopbackIsNot() {
        Map<String, String> admin = adminUi();
        admin.put("giamsat.oidc.base-url", "http://keycloak.internal:8080/realms/giamsat");
        assertThat(refusal(admin)).hasValueSatisfying(r -> assertThat(r)
                .contains("Keycloak is reached over plain http at keycloak.internal (GIAMSAT_OIDC_BASE_URL)"));
        admin.put("giamsat.oidc.base-url", "http://127.0.0.1:8180/realms/giamsat");
        assertThat(refusal(admin)).isEmpty();
    }

    @Test
    void adminSessionCookiesMustBeSecureInProduction() {
        Map<String, String> admin = adminUi();
        admin.put("server.servlet.session.cookie.secure", "false");
        assertThat(refusal(admin)).hasValueSatisfying(r -> assertThat(r).contains("GIAMSAT_SECURE_COOKIES=true"));
    }

    @Test
    void everyProblemIsNamedOnOneLine() {
        Map<String, String> admin = adminUi();
        admin.put("giamsat.demo-data", "true");
        admin.remove("spring.datasource.url");
        admin.put("giamsat.oidc.client-secret", "unset");
        String reason = refusal(admin).orElseThrow();
        assertThat(reason).doesNotContain("\n")
                .contains("GIAMSAT_DEMO_DATA").contains("GIAMSAT_DB_URL").contains("GIAMSAT_OIDC_CLIENT_SECRET");
    }

    @Test
    void thePortalHasNoLoginSoItsOidcSettingsAreNotAsked() {
        assertThat(refusal(portal)).isEmpty();
        assertThat(ProductionSettings.REQUIRED_FOR_PORTAL).doesNotContain(ProductionSettings.Setting.OIDC_CLIENT_SECRET);
    }
}
