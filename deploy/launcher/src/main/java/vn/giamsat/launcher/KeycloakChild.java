package vn.giamsat.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The local Keycloak: the distribution Maven unpacked and built ({@code deploy/keycloak}), started on loopback with
 * the realm export of {@code deploy/keycloak/giamsat-realm.json}. Its H2 database lives in
 * {@code <local-dir>/keycloak}, so {@code rm -rf .local} resets users and sessions with the rest.
 */
final class KeycloakChild {
    static final String REALM = "giamsat";
    static final String REALM_FILE = "giamsat-realm.json";

    private KeycloakChild() {}

    /** The client secrets, from the settings or made once and kept (owner-only) in the local dir. */
    record Secrets(String adminUi, String identity) {}

    static Secrets secrets(LauncherSettings settings) throws IOException {
        Path file = settings.keycloakDataDir().resolve("client-secrets.properties");
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
        } else {
            stored.setProperty("admin-ui", randomSecret());
            stored.setProperty("identity", randomSecret());
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var out = Files.newBufferedWriter(file)) {
                stored.store(out, "Made by the launcher at the first Keycloak start; the realm import used them.");
            }
        }
        String adminUi = settings.oidcClientSecret() != null ? settings.oidcClientSecret()
                : stored.getProperty("admin-ui");
        return new Secrets(adminUi, stored.getProperty("identity"));
    }

    static ChildSpec spec(LauncherSettings settings, Secrets secrets, boolean setsid) throws IOException {
        Path home = settings.keycloakHome();
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc) || !Files.exists(home.resolve(".giamsat-built"))) {
            throw new LaunchFailure("Không thấy Keycloak đã build tại / no built Keycloak at " + home
                    + "\nHãy build trước / build first: ./mvnw -q -B -DskipTests package (deploy/run-local.sh does it),"
                    + " hoặc dùng Keycloak có sẵn / or use a running one: "
                    + LauncherSettings.Setting.KEYCLOAK_URL.howToChange());
        }
        // --import-realm reads <home>/data/import; a realm already in the database is left as it is.
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.writeString(importDir.resolve(REALM_FILE), realmFor(
                Files.readString(settings.repoRoot().resolve("deploy/keycloak/" + REALM_FILE)), settings.adminPort()));
        Files.createDirectories(settings.keycloakDataDir());

        List<String> command = new ArrayList<>();
        if (setsid) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(kc.toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + settings.keycloakPort(),
                "--hostname=http://127.0.0.1:" + settings.keycloakPort(),
                "--import-realm",
                // A runtime option (the build's --cache=local is not kept): without it Keycloak forms a cluster
                // and opens JGroups ports on every interface, not only loopback.
                "--cache=local"));
        Map<String, String> env = new HashMap<>(Map.of(
                // Liquibase in Keycloak would call home; the H2 file goes to the local dir, not into the home.
                "JAVA_OPTS_APPEND", "-Dliquibase.analytics.enabled=false -Dkc.db-url-path="
                        + settings.keycloakDataDir(),
                // Read by the realm import's placeholders: no secret is written in the export file.
                "GIAMSAT_OIDC_CLIENT_SECRET", secrets.adminUi(),
                "GIAMSAT_IDENTITY_CLIENT_SECRET", secrets.identity(),
                "GIAMSAT_DEMO_PASSWORD", settings.demoPassword()));
        // kc.sh runs on JAVA_HOME: the same JDK as the launcher and the apps.
        Path javaHome = Path.of(settings.javaCommand()).toAbsolutePath().getParent().getParent();
        if (javaHome != null && Files.isDirectory(javaHome.resolve("bin"))) {
            env.put("JAVA_HOME", javaHome.toString());
        }
        return new ChildSpec("keycloak", command, env, settings.logDir().resolve("keycloak.log"),
                URI.create("http://127.0.0.1:" + settings.keycloakPort() + "/realms/" + REALM
                        + "/.well-known/openid-configuration"),
                settings.startupTimeout());
    }

    /**
     * The realm export with the admin UI's sign-in and sign-out addresses on the admin port of this run. The export
     * names the default port 8081; with {@code GIAMSAT_ADMIN_PORT} set to another, Keycloak refused every sign-in
     * ("invalid_redirect_uri"). A realm already imported into {@code <local-dir>/keycloak} keeps its addresses.
     */
    static String realmFor(String realmJson, int adminPort) {
        String port = Integer.toString(adminPort);
        return realmJson.replace("http://127.0.0.1:" + LauncherSettings.DEFAULT_ADMIN_PORT + "/", "http://127.0.0.1:" + port + "/")
                .replace("http://localhost:" + LauncherSettings.DEFAULT_ADMIN_PORT + "/", "http://localhost:" + port + "/");
    }

    /** What the admin UI needs to reach Keycloak: passed as environment, so no secret shows in {@code ps}. */
    static Map<String, String> adminUiEnvironment(LauncherSettings settings, Secrets secrets) {
        return Map.of(
                "GIAMSAT_OIDC_BASE_URL", settings.keycloakUrl() + "/realms/" + REALM,
                "GIAMSAT_OIDC_CLIENT_SECRET", secrets.adminUi(),
                "GIAMSAT_IDENTITY_CLIENT_SECRET", secrets.identity());
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
