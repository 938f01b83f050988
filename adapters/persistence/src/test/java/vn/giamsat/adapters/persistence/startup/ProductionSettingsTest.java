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
            "spring.datasource.password", "vQ7#kz2-long-random",
            "giamsat.portal.public-base-url", "https://giamsat.example.vn"));

    private Map<String, String> adminUi() {
        Map<String, String> admin = new HashMap<>(portal);
        admin.put("spring.datasource.username", "giamsat_owner");
        admin.put("giamsat.oidc.client-id", "giamsat-admin-ui");
        admin.put("giamsat.oidc.base-url", "https://login.giamsat.example.vn/realms/giamsat");
        admin.remove("giamsat.portal.public-base-url");
        admin.put("giamsat.oidc.client-secret", "s3cr3t-from-keycloak-9f2c");
        admin.put("giamsat.identity.client-secret", "identity-s3cr3t-from-keycloak-4b1e");
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
                .contains("the admin UI's Keycloak client secret (GIAMSAT_OIDC_CLIENT_SECRET) is empty or a published one"));
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

    // --- issue 14.10: every secret, not only the database's and the login's ---

    private Map<String, String> migrationJob() {
        Map<String, String> job = adminUi();
        job.put("giamsat.migration.user", "giamsat_migrator");
        job.put("giamsat.migration.password", "migrator-Zk29-long-random");
        return job;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unset", "GiamSat-Demo-2025", "change-me-identity-client", "  "})
    void theAdminUiRefusesAnEmptyOrExampleIdentityClientSecretAndNamesItsVariable(String secret) {
        Map<String, String> admin = adminUi();
        admin.put("giamsat.identity.client-secret", secret);
        assertThat(refusal(admin)).hasValueSatisfying(r -> assertThat(r).contains(
                "the user administration's Keycloak client secret (GIAMSAT_IDENTITY_CLIENT_SECRET) is empty or a published one"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "giamsat_migrator_local", "change-me-db-migrator"})
    void anAdminUiMigratingAtStartRefusesAnEmptyOrExampleMigrationPasswordAndNamesItsVariable(String password) {
        Map<String, String> job = migrationJob();
        assertThat(refusal(job)).isEmpty();
        job.put("giamsat.migration.password", password);
        assertThat(refusal(job)).hasValueSatisfying(r -> assertThat(r).contains(
                "the migration login's database password (GIAMSAT_MIGRATION_DB_PASSWORD) is empty or a published one"));
    }

    @Test
    void eachSecretAnAppHoldsIsRefusedEmptyOrAsInTheExampleFilesWithItsVariableNamed() {
        for (ProductionSettings.Secret secret : ProductionSettings.SECRETS) {
            if (secret.holder() == ProductionSettings.Holder.KEYCLOAK
                    || secret.holder() == ProductionSettings.Holder.DATABASE) {
                continue; // Keycloak's and the database container's own start checks: ComposeManifestTest
            }
            for (String weak : new String[] {"", "change-me-" + secret.environment().toLowerCase(), "postgres"}) {
                Map<String, String> job = migrationJob();
                job.put(secret.readAs(), weak);
                assertThat(refusal(job)).as(secret.environment() + "='" + weak + "'")
                        .hasValueSatisfying(r -> assertThat(r).contains("(" + secret.environment() + ")"));
            }
        }
    }

    @Test
    void keycloaksSecretsAreListedWithTheOthers() {
        assertThat(ProductionSettings.SECRETS).extracting(ProductionSettings.Secret::environment)
                .contains("GIAMSAT_DB_PASSWORD", "GIAMSAT_OIDC_CLIENT_SECRET", "GIAMSAT_IDENTITY_CLIENT_SECRET",
                        "GIAMSAT_PORTAL_DB_PASSWORD", "GIAMSAT_MIGRATION_DB_PASSWORD", "GIAMSAT_DB_SUPERUSER_PASSWORD",
                        "KEYCLOAK_ADMIN_PASSWORD", "KEYCLOAK_DB_PASSWORD");
        assertThat(ProductionSettings.isWeak("change-me-keycloak-admin")).isTrue();
        assertThat(ProductionSettings.isWeak("Tq8-real-random-value")).isFalse();
    }

    // --- issue 14.11: the portal's public address ---

    @ParameterizedTest
    @ValueSource(strings = {"", "http://giamsat.example.vn", "http://localhost:8080", "giamsat.example.vn"})
    void thePortalRefusesAPublicAddressThatIsNotHttps(String baseUrl) {
        portal.put("giamsat.portal.public-base-url", baseUrl);
        assertThat(refusal(portal)).hasValueSatisfying(r -> assertThat(r).contains("GIAMSAT_PUBLIC_BASE_URL"));
    }
}
