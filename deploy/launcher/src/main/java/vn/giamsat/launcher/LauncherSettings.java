package vn.giamsat.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the launcher can be told. Each setting is read from a system property ({@code -Dgiamsat.pg-port=...})
 * first, then from an environment variable ({@code GIAMSAT_PG_PORT}), then falls back to its default.
 */
public record LauncherSettings(Path repoRoot, Path localDir, Path pgDataDir, Path logDir,
                               int pgPort, int adminPort, int portalPort,
                               Path adminJar, Path portalJar,
                               String javaCommand, List<String> childJavaOptions,
                               String portalDbPassword, Duration startupTimeout,
                               int keycloakPort, Path keycloakHome, String externalKeycloakUrl,
                               String oidcClientSecret, String demoPassword) {

    /** Setting names, as system property and as environment variable, with their meaning for {@code --help}. */
    public enum Setting {
        REPO_ROOT("giamsat.repo-root", "GIAMSAT_REPO_ROOT", "repository root (default: found from the launcher jar)"),
        LOCAL_DIR("giamsat.local-dir", "GIAMSAT_LOCAL_DIR", "local state: data and logs (default: <repo>/.local)"),
        PGDATA("giamsat.pgdata", "GIAMSAT_PGDATA", "PostgreSQL data directory (default: <local-dir>/pgdata)"),
        PG_PORT("giamsat.pg-port", "GIAMSAT_PG_PORT", "PostgreSQL port (default: 54329)"),
        ADMIN_PORT("giamsat.admin-port", "GIAMSAT_ADMIN_PORT", "admin UI port (default: 8081)"),
        PORTAL_PORT("giamsat.portal-port", "GIAMSAT_PORTAL_PORT", "portal port (default: 8080)"),
        ADMIN_JAR("giamsat.admin-jar", "GIAMSAT_ADMIN_JAR",
                "admin UI boot jar (default: <repo>/admin-ui/target/giamsat-admin-ui-0.1.0-SNAPSHOT.jar)"),
        PORTAL_JAR("giamsat.portal-jar", "GIAMSAT_PORTAL_JAR",
                "portal boot jar (default: <repo>/portal/target/giamsat-portal-0.1.0-SNAPSHOT.jar)"),
        PORTAL_DB_PASSWORD("giamsat.portal-db-password", "GIAMSAT_PORTAL_DB_PASSWORD",
                "password of the portal's read-only database role giamsat_portal"),
        STARTUP_TIMEOUT("giamsat.startup-timeout", "GIAMSAT_STARTUP_TIMEOUT",
                "seconds to wait for each app to become healthy (default: 300)"),
        CHILD_JAVA_OPTS("giamsat.child-java-opts", "GIAMSAT_CHILD_JAVA_OPTS",
                "extra JVM options for both apps, space separated (e.g. -Xmx512m)"),
        KEYCLOAK_PORT("giamsat.keycloak-port", "GIAMSAT_KEYCLOAK_PORT", "Keycloak port (default: 8180)"),
        KEYCLOAK_HOME("giamsat.keycloak-home", "GIAMSAT_KEYCLOAK_HOME",
                "Keycloak home built by Maven (default: <repo>/deploy/keycloak/target/keycloak-26.7.3)"),
        KEYCLOAK_URL("giamsat.keycloak-url", "GIAMSAT_KEYCLOAK_URL",
                "an already running Keycloak, e.g. http://127.0.0.1:8180: then no local Keycloak is started"),
        OIDC_CLIENT_SECRET("giamsat.oidc-client-secret", "GIAMSAT_OIDC_CLIENT_SECRET",
                "secret of the admin UI's OIDC client (default: made once, kept in <local-dir>/keycloak/client-secret)"),
        DEMO_PASSWORD("giamsat.demo-password", "GIAMSAT_DEMO_PASSWORD",
                "password of the demo users, set at the first Keycloak start (default: GiamSat-Demo-2025)");

        public final String property;
        public final String env;
        public final String meaning;

        Setting(String property, String env, String meaning) {
            this.property = property;
            this.env = env;
            this.meaning = meaning;
        }

        String howToChange() {
            return "-D" + property + "=... / " + env + "=...";
        }
    }

    static final int DEFAULT_PG_PORT = 54329;
    static final int DEFAULT_ADMIN_PORT = 8081;
    static final int DEFAULT_PORTAL_PORT = 8080;
    static final String DEFAULT_PORTAL_DB_PASSWORD = "giamsat_portal_local";
    static final int DEFAULT_KEYCLOAK_PORT = 8180;
    static final String KEYCLOAK_VERSION = "26.7.3";
    /** Demo users on a developer's loopback only; a shared machine sets GIAMSAT_DEMO_PASSWORD. */
    static final String DEFAULT_DEMO_PASSWORD = "GiamSat-Demo-2025";

    public LauncherSettings {
        Objects.requireNonNull(repoRoot);
        childJavaOptions = List.copyOf(childJavaOptions);
    }

    /** Settings of this JVM: its system properties and environment, the java binary it runs on. */
    public static LauncherSettings current() {
        return resolve(System::getProperty, System.getenv(), defaultRepoRoot(), currentJava());
    }

    static LauncherSettings resolve(Function<String, String> properties, Map<String, String> env,
                                    Path fallbackRepoRoot, String javaCommand) {
        Function<Setting, String> value = s -> {
            String v = properties.apply(s.property);
            if (v == null || v.isBlank()) {
                v = env.get(s.env);
            }
            return v == null || v.isBlank() ? null : v.strip();
        };
        Path root = pathOr(value.apply(Setting.REPO_ROOT), fallbackRepoRoot);
        Path local = pathOr(value.apply(Setting.LOCAL_DIR), root.resolve(".local"));
        return new LauncherSettings(
                root,
                local,
                pathOr(value.apply(Setting.PGDATA), local.resolve("pgdata")),
                local.resolve("logs"),
                port(Setting.PG_PORT, value.apply(Setting.PG_PORT), DEFAULT_PG_PORT),
                port(Setting.ADMIN_PORT, value.apply(Setting.ADMIN_PORT), DEFAULT_ADMIN_PORT),
                port(Setting.PORTAL_PORT, value.apply(Setting.PORTAL_PORT), DEFAULT_PORTAL_PORT),
                pathOr(value.apply(Setting.ADMIN_JAR),
                        root.resolve("admin-ui/target/giamsat-admin-ui-0.1.0-SNAPSHOT.jar")),
                pathOr(value.apply(Setting.PORTAL_JAR),
                        root.resolve("portal/target/giamsat-portal-0.1.0-SNAPSHOT.jar")),
                javaCommand,
                splitOptions(value.apply(Setting.CHILD_JAVA_OPTS)),
                Objects.requireNonNullElse(value.apply(Setting.PORTAL_DB_PASSWORD), DEFAULT_PORTAL_DB_PASSWORD),
                Duration.ofSeconds(positive(Setting.STARTUP_TIMEOUT, value.apply(Setting.STARTUP_TIMEOUT), 300)),
                port(Setting.KEYCLOAK_PORT, value.apply(Setting.KEYCLOAK_PORT), DEFAULT_KEYCLOAK_PORT),
                pathOr(value.apply(Setting.KEYCLOAK_HOME),
                        root.resolve("deploy/keycloak/target/keycloak-" + KEYCLOAK_VERSION)),
                value.apply(Setting.KEYCLOAK_URL),
                value.apply(Setting.OIDC_CLIENT_SECRET),
                Objects.requireNonNullElse(value.apply(Setting.DEMO_PASSWORD), DEFAULT_DEMO_PASSWORD));
    }

    /** Keycloak's base URL: the external one when given, else the local one the launcher starts. */
    public String keycloakUrl() {
        return externalKeycloakUrl != null ? externalKeycloakUrl.replaceAll("/+$", "")
                : "http://127.0.0.1:" + keycloakPort;
    }

    public boolean startsKeycloak() {
        return externalKeycloakUrl == null;
    }

    public Path keycloakDataDir() {
        return localDir.resolve("keycloak");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
    }

    private static Path pathOr(String value, Path fallback) {
        return (value == null ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    private static int port(Setting setting, String value, int fallback) {
        int port = positive(setting, value, fallback);
        if (port > 65535) {
            throw invalid(setting, value);
        }
        return port;
    }

    private static int positive(Setting setting, String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(setting, value);
    }

    private static LaunchFailure invalid(Setting setting, String value) {
        return new LaunchFailure("Giá trị không hợp lệ cho " + setting.property + " / " + setting.env + ": \"" + value
                + "\". / Invalid value: " + setting.meaning + ".");
    }

    private static List<String> splitOptions(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The same java binary as this launcher, so both apps run on the JDK the wrapper chose. */
    private static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The launcher jar lives in {@code deploy/launcher/target/}; walk up from there to the directory holding the
     * reactor pom and {@code deploy/}. Falls back to the working directory.
     */
    private static Path defaultRepoRoot() {
        try {
            Path here = Path.of(LauncherSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = here; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("deploy/launcher"))) {
                    return dir;
                }
            }
        } catch (Exception e) {
            // no code source (unusual class loader): use the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
