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
        IDENTITY_CLIENT_SECRET("giamsat.identity.client-secret", "GIAMSAT_IDENTITY_CLIENT_SECRET"),
        MIGRATION_USER("giamsat.migration.user", "GIAMSAT_MIGRATION_DB_USER"),
        PUBLIC_BASE_URL("giamsat.portal.public-base-url", "GIAMSAT_PUBLIC_BASE_URL"),
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
    public static final List<Setting> REQUIRED_FOR_PORTAL = List.of(Setting.PROFILE, Setting.DB_URL,
            Setting.DB_USER, Setting.DB_PASSWORD, Setting.PUBLIC_BASE_URL);
    public static final List<Setting> REQUIRED_FOR_ADMIN_UI = List.of(Setting.PROFILE, Setting.DB_URL,
            Setting.DB_USER, Setting.DB_PASSWORD, Setting.OIDC_BASE_URL, Setting.OIDC_CLIENT_SECRET,
            Setting.IDENTITY_CLIENT_SECRET, Setting.SECURE_COOKIES);

    /** Which process holds a secret, hence whose start refuses an empty or published value of it. */
    public enum Holder {
        /** Both apps and the migration job: checked always. */
        EVERY_APP,
        /** The admin UI and the migration job (its image): checked when {@code giamsat.oidc.client-id} is set. */
        ADMIN_UI,
        /** The admin UI when it migrates at start as the migration login ({@code GIAMSAT_MIGRATION_DB_USER} set). */
        MIGRATION,
        /**
         * The database server's container: no app sees it; compose's {@code postgres/initdb.sh} refuses these before
         * it makes the logins (decision 021; tested by {@code ComposeManifestTest} against {@link #isWeak}).
         */
        DATABASE,
        /**
         * Keycloak's container: no app sees it; compose starts Keycloak through a check of these (see
         * {@code deploy/compose/compose.yaml}, tested by {@code ComposeManifestTest} against {@link #isWeak}).
         */
        KEYCLOAK
    }

    /**
     * A secret of a deployment (bí mật của một lần triển khai): the variable an operator sets, the name its holder
     * reads it under (a Spring property, or the container variable for Keycloak) and what it is, for the message.
     */
    public record Secret(String environment, String readAs, Holder holder, String what) {
        public Secret {
            if (environment == null || readAs == null || holder == null || what == null) {
                throw new IllegalArgumentException("a secret needs its variable, its name where read, holder and meaning");
            }
        }
    }

    /**
     * Every secret of a deployment, in one place: a new one is one line here. The manifest tests check that each
     * secret of the example env files (compose .env.example, k8s secrets.env.example) is listed here, and the
     * production guard of its holder refuses it empty or published.
     */
    public static final List<Secret> SECRETS = List.of(
            new Secret("GIAMSAT_DB_PASSWORD", "spring.datasource.password", Holder.EVERY_APP,
                    "the database password"),
            new Secret("GIAMSAT_OIDC_CLIENT_SECRET", "giamsat.oidc.client-secret", Holder.ADMIN_UI,
                    "the admin UI's Keycloak client secret"),
            new Secret("GIAMSAT_IDENTITY_CLIENT_SECRET", "giamsat.identity.client-secret", Holder.ADMIN_UI,
                    "the user administration's Keycloak client secret"),
            new Secret("GIAMSAT_MIGRATION_DB_PASSWORD", "giamsat.migration.password", Holder.MIGRATION,
                    "the migration login's database password"),
            new Secret("GIAMSAT_PORTAL_DB_PASSWORD", "GIAMSAT_PORTAL_DB_PASSWORD", Holder.DATABASE,
                    "the portal login's database password"),
            new Secret("GIAMSAT_DB_SUPERUSER_PASSWORD", "POSTGRES_PASSWORD", Holder.DATABASE,
                    "the database superuser's password"),
            new Secret("KEYCLOAK_ADMIN_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD", Holder.KEYCLOAK,
                    "Keycloak's first administrator's password"),
            new Secret("KEYCLOAK_DB_PASSWORD", "KC_DB_PASSWORD", Holder.KEYCLOAK,
                    "Keycloak's database password"));

    /**
     * Values that are public: the demo users' password, the local launcher's database passwords, the admin UI's
     * placeholder secret, and the usual first guesses. Any value starting with "change-me" (the .env.example and
     * Kubernetes example secrets) is refused too.
     */
    public static final Set<String> KNOWN_SECRETS = Set.of("giamsat-demo-2025", "giamsat_portal_local", "giamsat_app_local",
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
        for (Secret secret : SECRETS) {
            if (holds(settings, secret.holder()) && isWeak(value(settings, secret.readAs()))) {
                problems.add(secret.what() + " (" + secret.environment() + ") is empty or a published one");
            }
        }
        if (!value(settings, Setting.OIDC_CLIENT_ID).isEmpty()) {
            adminLoginProblems(settings, problems);
        } else if (settings.apply(Setting.PUBLIC_BASE_URL.property()) != null) {
            publicAddressProblems(value(settings, Setting.PUBLIC_BASE_URL), problems);
        }
        return problems;
    }

    /** Whether the app with these settings is the holder of such a secret. */
    private static boolean holds(Function<String, String> settings, Holder holder) {
        return switch (holder) {
            case EVERY_APP -> true;
            case ADMIN_UI -> !value(settings, Setting.OIDC_CLIENT_ID).isEmpty();
            case MIGRATION -> !value(settings, Setting.MIGRATION_USER).isEmpty();
            case KEYCLOAK, DATABASE -> false;
        };
    }

    /** The portal's absolute links (Atom feed, API) are built on this address, never on the request's Host. */
    private static void publicAddressProblems(String baseUrl, List<String> problems) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            problems.add("the portal's public address (GIAMSAT_PUBLIC_BASE_URL) is not an https URL: '" + baseUrl + "'");
        }
    }

    /** Only the admin UI has a login (it alone sets giamsat.oidc.client-id). */
    private static void adminLoginProblems(Function<String, String> settings, List<String> problems) {
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

    /** Empty, or published: in this repository, an example file ("change-me…") or a usual first guess. */
    public static boolean isWeak(String secret) {
        String s = secret == null ? "" : secret.trim().toLowerCase(Locale.ROOT);
        return s.isEmpty() || KNOWN_SECRETS.contains(s) || s.startsWith("change-me");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String value(Function<String, String> settings, Setting setting) {
        return value(settings, setting.property());
    }

    private static String value(Function<String, String> settings, String property) {
        String v = settings.apply(property);
        return v == null ? "" : v.trim();
    }
}
