package vn.giamsat.adapters.persistence.startup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What production mode ({@code GIAMSAT_PROFILE=production}) refuses, for both apps: demo data, the embedded
 * database, secrets published in this repository, and (admin UI) a login that would cross the network in clear.
 * Pure rules over the apps' resolved settings, so that they can be checked without starting anything; the
 * {@link ProductionGuard} applies them when an app starts. It lives in the persistence adapter because that is
 * the one Spring module both apps import (docs/decisions/013-images-and-configuration.md).
 */
public final class ProductionSettings {
    public static final String LOCAL = "local";
    public static final String PRODUCTION = "production";

    /** Each setting this check reads: its Spring property and the environment variable that sets it. */
    public enum Setting {
        PROFILE("giamsat.profile", "GIAMSAT_PROFILE"),
        DEMO_DATA("giamsat.demo-data", "GIAMSAT_DEMO_DATA"),
        DB_URL("spring.datasource.url", "GIAMSAT_DB_URL"),
        DB_USER("spring.datasource.username", "GIAMSAT_DB_USER"),
        DB_PASSWORD("spring.datasource.password", "GIAMSAT_DB_PASSWORD"),
        OIDC_CLIENT_ID("giamsat.oidc.client-id", "GIAMSAT_OIDC_CLIENT_ID"),
        OIDC_BASE_URL("giamsat.oidc.base-url", "GIAMSAT_OIDC_BASE_URL"),
        OIDC_CLIENT_SECRET("giamsat.oidc.client-secret", "GIAMSAT_OIDC_CLIENT_SECRET"),
        SECURE_COOKIES("server.servlet.session.cookie.secure", "GIAMSAT_SECURE_COOKIES");

        private final String property;
        private final String environment;

        Setting(String property, String environment) {
            this.property = property;
            this.environment = environment;
        }

        public String property() {
            return property;
        }

        public String environment() {
            return environment;
        }
    }

    /** What a production deployment must set for each app: nothing here has a safe default. */
    public static final List<Setting> REQUIRED_FOR_PORTAL =
            List.of(Setting.PROFILE, Setting.DB_URL, Setting.DB_USER, Setting.DB_PASSWORD);
    public static final List<Setting> REQUIRED_FOR_ADMIN_UI = List.of(Setting.PROFILE, Setting.DB_URL,
            Setting.DB_USER, Setting.DB_PASSWORD, Setting.OIDC_BASE_URL, Setting.OIDC_CLIENT_SECRET,
            Setting.SECURE_COOKIES);

    /**
     * Values that are public: the demo users' password, the local launcher's database passwords, the admin UI's
     * placeholder secret, and the usual first guesses. Any value starting with "change-me" (the .env.example and
     * Kubernetes example secrets) is refused too.
     */
    static final Set<String> KNOWN_SECRETS = Set.of("giamsat-demo-2025", "giamsat_portal_local", "giamsat_app_local",
            "giamsat_migrator_local", "postgres",
            "unset", "password", "secret", "admin", "keycloak", "giamsat");

    private ProductionSettings() {}

    /**
     * Why this app must not start, as one line naming each problem and the variable that fixes it; empty when
     * it may start. Outside production mode only a misspelt profile is refused (a typo must not mean "local").
     *
     * @param settings a resolved Spring property by name, or null when unset
     */
    public static Optional<String> refusal(Function<String, String> settings) {
        String profile = value(settings, Setting.PROFILE);
        if (profile.isEmpty() || profile.equals(LOCAL)) {
            return Optional.empty();
        }
        if (!profile.equals(PRODUCTION)) {
            return Optional.of("Không khởi động / refusing to start: GIAMSAT_PROFILE is '" + profile
                    + "'; it must be 'local' or 'production'.");
        }
        List<String> problems = problems(settings);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Không khởi động ở chế độ production / refusing to start in production mode"
                + " (GIAMSAT_PROFILE=production): " + String.join("; ", problems) + ".");
    }

    static List<String> problems(Function<String, String> settings) {
        List<String> problems = new ArrayList<>();
        if (Boolean.parseBoolean(value(settings, Setting.DEMO_DATA))) {
            problems.add("demo data is on (GIAMSAT_DEMO_DATA=true): its users and round are public");
        }
        if (value(settings, Setting.DB_URL).isEmpty()) {
            problems.add("no database URL (GIAMSAT_DB_URL): the embedded PostgreSQL is for a developer's machine");
        } else if (value(settings, Setting.DB_URL).startsWith("jdbc:h2:")) {
            problems.add("GIAMSAT_DB_URL names an in-memory database");
        }
        if (value(settings, Setting.DB_USER).isEmpty()) {
            problems.add("no database user (GIAMSAT_DB_USER)");
        }
        if (isWeak(value(settings, Setting.DB_PASSWORD))) {
            problems.add("the database password (GIAMSAT_DB_PASSWORD) is empty or a published one");
        }
        if (!value(settings, Setting.OIDC_CLIENT_ID).isEmpty()) {
            adminLoginProblems(settings, problems);
        }
        return problems;
    }

    /** Only the admin UI has a login (it alone sets giamsat.oidc.client-id). */
    private static void adminLoginProblems(Function<String, String> settings, List<String> problems) {
        if (isWeak(value(settings, Setting.OIDC_CLIENT_SECRET))) {
            problems.add("the Keycloak client secret (GIAMSAT_OIDC_CLIENT_SECRET) is unset or a published one");
        }
        String baseUrl = value(settings, Setting.OIDC_BASE_URL);
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            problems.add("GIAMSAT_OIDC_BASE_URL is not a URL: '" + baseUrl + "'");
        } else if ("http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost())) {
            problems.add("Keycloak is reached over plain http at " + uri.getHost()
                    + " (GIAMSAT_OIDC_BASE_URL): the client secret and tokens would cross the network unencrypted");
        }
        if (!Boolean.parseBoolean(value(settings, Setting.SECURE_COOKIES))) {
            problems.add("session cookies are not marked Secure (set GIAMSAT_SECURE_COOKIES=true behind TLS)");
        }
    }

    private static boolean isWeak(String secret) {
        String s = secret.toLowerCase(Locale.ROOT);
        return s.isEmpty() || KNOWN_SECRETS.contains(s) || s.startsWith("change-me");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String value(Function<String, String> settings, Setting setting) {
        String v = settings.apply(setting.property());
        return v == null ? "" : v.trim();
    }
}
