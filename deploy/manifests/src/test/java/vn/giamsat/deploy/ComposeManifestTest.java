package vn.giamsat.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamsat.deploy.Repository.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giamsat.adapters.persistence.startup.DatabaseRoles;
import vn.giamsat.adapters.persistence.startup.MigrateOnly;
import vn.giamsat.adapters.persistence.startup.ProductionSettings;

/** deploy/compose/compose.yaml (with .env.example) against the apps' images, ports, probes and settings. */
class ComposeManifestTest {
    private static final String COMPOSE = "deploy/compose/compose.yaml";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private final App portal = App.portal();
    private final App adminUi = App.adminUi();
    private final Map<String, Object> compose = Repository.yaml(COMPOSE);
    private final Map<String, String> envExample = Repository.envFile("deploy/compose/.env.example");

    private Map<String, Object> service(String name) {
        Map<String, Object> service = get(compose, "services", name);
        assertThat(service).as("service " + name + " in " + COMPOSE).isNotNull();
        return service;
    }

    /** What compose makes of ${VAR}, ${VAR:-default} and ${VAR:?message} with this env file. */
    private static String interpolate(String value, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = env.get(m.group(1));
            if (v == null || v.isEmpty()) {
                assertThat(m.group(2)).as("${" + m.group(1) + "} has no default and is not in the env file").isNotNull();
                assertThat(m.group(2)).as("${" + m.group(1) + "} is required (:?) but not in the env file").contains("-");
                v = m.group(3);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, String> environment(String name, Map<String, String> env) {
        Map<String, Object> raw = get(service(name), "environment");
        Map<String, String> resolved = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> resolved.put(k, interpolate(String.valueOf(v), env)));
        }
        return resolved;
    }

    private String image(String name) {
        return interpolate((String) service(name).get("image"), envExample);
    }

    @Test
    void theAppServicesRunTheImagesJibBuilds() {
        assertThat(image("portal")).isEqualTo(portal.image());
        assertThat(image("admin-ui")).isEqualTo(adminUi.image());
        assertThat(image("migrate")).isEqualTo(adminUi.image());
    }

    @Test
    void healthchecksAskEachAppsReadinessOnItsOwnPort() {
        for (var entry : Map.of("portal", portal, "admin-ui", adminUi).entrySet()) {
            List<String> test = get(service(entry.getKey()), "healthcheck", "test");
            assertThat(test).as(entry.getKey() + " healthcheck")
                    .contains("http://127.0.0.1:" + entry.getValue().port() + App.READINESS)
                    .contains("/opt/giamsat/healthcheck");
            assertThat(entry.getValue().healthProbesEnabled()).as(entry.getKey() + " exposes the probe groups").isTrue();
        }
    }

    @Test
    void thePortalRunsTwoReplicasBehindNginxAndTheAdminUiOne() {
        assertThat((Integer) get(service("portal"), "deploy", "replicas")).isEqualTo(2);
        assertThat((Object) get(service("admin-ui"), "deploy", "replicas")).isNull();
        String nginx = Repository.read("deploy/compose/nginx/default.conf.template");
        assertThat(nginx).contains("server portal:" + portal.port()).contains("server admin-ui:" + adminUi.port())
                .contains("server keycloak:8080");
        List<String> mounts = get(service("proxy"), "volumes");
        assertThat(mounts).anySatisfy(m -> assertThat(m).startsWith("./nginx/default.conf.template:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"portal", "admin-ui", "migrate"})
    void everyVariableGivenToAnAppIsOneItReadsAndProductionGetsAllItNeeds(String name) {
        App app = name.equals("portal") ? portal : adminUi;
        Map<String, String> env = environment(name, envExample);
        assertThat(app.environmentRead()).as(name + " reads these (application.properties placeholders)")
                .containsAll(env.keySet());
        assertThat(env.keySet()).as(name + " must be given what production needs").containsAll(app.requiredEnvironment());
        assertThat(env).containsEntry("GIAMSAT_PROFILE", ProductionSettings.PRODUCTION);
    }

    @Test
    void onlyTheMigrationServiceMigrates() {
        // Each app with its own login (decision 021): the migration login only in the job, never a superuser.
        assertThat(environment("migrate", envExample)).containsEntry(MigrateOnly.ENVIRONMENT, "true")
                .containsEntry("GIAMSAT_DB_USER", DatabaseRoles.MIGRATOR_LOGIN);
        assertThat(environment("admin-ui", envExample)).containsEntry("GIAMSAT_DB_USER", DatabaseRoles.APP_LOGIN);
        assertThat(environment("portal", envExample)).containsEntry("GIAMSAT_DB_USER", DatabaseRoles.PORTAL_LOGIN);
        assertThat(environment("postgres", envExample).get("POSTGRES_USER"))
                .isNotIn(DatabaseRoles.MIGRATOR_LOGIN, DatabaseRoles.APP_LOGIN, DatabaseRoles.PORTAL_LOGIN,
                        DatabaseRoles.OWNER);
        assertThat(environment("admin-ui", envExample)).containsEntry("GIAMSAT_MIGRATE_ON_START", "false")
                .doesNotContainKey(MigrateOnly.ENVIRONMENT);
        assertThat((String) get(service("admin-ui"), "depends_on", "migrate", "condition"))
                .isEqualTo("service_completed_successfully");
        assertThat((String) get(service("portal"), "depends_on", "migrate", "condition"))
                .isEqualTo("service_completed_successfully");
        assertThat(service("migrate").get("restart")).isEqualTo("no");
    }

    @Test
    void thePostgresServiceMakesTheRolesWithTheProjectsOwnScript() {
        assertThat(Repository.read("deploy/compose/postgres/giamsat-roles.sql")).as("a copy of the script the tests run")
                .isEqualTo(Repository.read("adapters/persistence/src/main/resources/" + DatabaseRoles.SCRIPT));
        assertThat((List<String>) get(service("postgres"), "volumes"))
                .contains("./postgres/initdb.sh:/docker-entrypoint-initdb.d/10-giamsat-roles.sh:ro",
                        "./postgres/giamsat-roles.sql:/opt/giamsat/giamsat-roles.sql:ro");
        assertThat(environment("postgres", envExample)).containsKeys("GIAMSAT_MIGRATION_DB_PASSWORD",
                "GIAMSAT_DB_PASSWORD", "GIAMSAT_PORTAL_DB_PASSWORD");
        assertThat(Repository.read("deploy/compose/postgres/initdb.sh")).contains("-f /opt/giamsat/giamsat-roles.sql")
                .contains("migrator_password=\"$GIAMSAT_MIGRATION_DB_PASSWORD\"")
                .contains("app_password=\"$GIAMSAT_DB_PASSWORD\"")
                .contains("portal_password=\"$GIAMSAT_PORTAL_DB_PASSWORD\"");
    }

    @Test
    void theExampleEnvFileIsRefusedByTheAppsAndRealSecretsAreAccepted() {
        Optional<String> refusal = ProductionSettings.refusal(
                adminUi.settingsWith(environment("admin-ui", envExample))::get);
        assertThat(refusal).hasValueSatisfying(r -> assertThat(r)
                .contains("GIAMSAT_DB_PASSWORD").contains("GIAMSAT_OIDC_CLIENT_SECRET"));

        Map<String, String> real = new LinkedHashMap<>(envExample);
        real.replaceAll((k, v) -> v.startsWith("change-me") ? "a-real-" + k.toLowerCase() + "-7Hq2" : v);
        for (String name : List.of("portal", "admin-ui", "migrate")) {
            App app = name.equals("portal") ? portal : adminUi;
            assertThat(ProductionSettings.refusal(app.settingsWith(environment(name, real))::get)).as(name).isEmpty();
        }
    }

    @Test
    void everyRequiredVariableOfTheComposeFileIsInTheExampleEnvFile() {
        TreeSet<String> required = new TreeSet<>();
        Matcher m = VARIABLE.matcher(Repository.read(COMPOSE));
        while (m.find()) {
            if (m.group(2) == null || m.group(2).contains("?")) {
                required.add(m.group(1));
            }
        }
        assertThat(envExample.keySet()).containsAll(required);
        // nginx fills its template from the proxy's environment.
        Matcher n = VARIABLE.matcher(Repository.read("deploy/compose/nginx/default.conf.template"));
        Map<String, Object> proxyEnv = get(service("proxy"), "environment");
        while (n.find()) {
            assertThat(proxyEnv).containsKey(n.group(1));
        }
    }

    @Test
    void servicesRestartAndKeepTheirDataInVolumes() {
        for (String name : List.of("postgres", "keycloak-db", "keycloak", "portal", "admin-ui", "proxy")) {
            assertThat(service(name).get("restart")).as(name).isEqualTo("unless-stopped");
            assertThat((Object) get(service(name), "healthcheck", "test")).as(name + " healthcheck").isNotNull();
        }
        Map<String, Object> volumes = get(compose, "volumes");
        assertThat(volumes).containsKeys("pgdata", "keycloak-pgdata");
        assertThat((List<String>) get(service("postgres"), "volumes")).contains("pgdata:/var/lib/postgresql/data");
    }

    @Test
    void keycloakHasItsOwnDatabaseAndTheAdminUiReachesItOverHttps() {
        Map<String, String> keycloak = environment("keycloak", envExample);
        assertThat(keycloak.get("KC_DB_URL")).isEqualTo("jdbc:postgresql://keycloak-db:5432/keycloak");
        assertThat(environment("keycloak-db", envExample)).containsEntry("POSTGRES_DB", "keycloak");
        assertThat(environment("admin-ui", envExample).get("GIAMSAT_OIDC_BASE_URL"))
                .isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/giamsat").startsWith("https://");
        List<String> aliases = get(service("proxy"), "networks", "default", "aliases");
        assertThat(aliases).contains("${GIAMSAT_AUTH_HOST}");
    }

    // --- issue 14.10: every secret refused empty or as in the example; Keycloak's admin console internal only ---

    private static final String NGINX = "deploy/compose/nginx/default.conf.template";

    @Test
    void everySecretOfTheExampleEnvFilesIsOneProductionSettingsLists() {
        List<String> listed = ProductionSettings.SECRETS.stream().map(ProductionSettings.Secret::environment).toList();
        for (String file : List.of("deploy/compose/.env.example", "deploy/k8s/secrets.env.example")) {
            Repository.envFile(file).keySet().stream().filter(k -> k.matches(".*(PASSWORD|SECRET).*"))
                    .forEach(k -> assertThat(listed).as(k + " of " + file + " is in ProductionSettings.SECRETS")
                            .contains(k));
        }
    }

    /** Keycloak's start check from compose.yaml, run by bash with this environment; kc.sh replaced by an echo. */
    private String keycloakStart(Map<String, String> env) throws IOException, InterruptedException {
        List<String> entrypoint = get(service("keycloak"), "entrypoint");
        assertThat(entrypoint).as("keycloak starts through its secret check").hasSize(4)
                .startsWith("/bin/bash", "-c");
        String script = entrypoint.get(2).replace("$$", "$").replace("exec /opt/keycloak/bin/kc.sh", "echo started");
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, entrypoint.get(3)));
        command.addAll(get(service("keycloak"), "command")); // compose appends the command to the entrypoint
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() + " " + out.strip();
    }

    @Test
    void keycloakRefusesToStartWithAnEmptyOrExampleSecretAndNamesItsVariable() throws Exception {
        Map<String, String> keycloak = environment("keycloak", envExample);
        List<ProductionSettings.Secret> held = ProductionSettings.SECRETS.stream()
                .filter(s -> s.holder() == ProductionSettings.Holder.KEYCLOAK).toList();
        assertThat(held).isNotEmpty();
        Map<String, String> real = new LinkedHashMap<>();
        for (ProductionSettings.Secret secret : held) {
            assertThat(keycloak).as("compose gives Keycloak " + secret.readAs() + " from " + secret.environment())
                    .containsEntry(secret.readAs(), envExample.get(secret.environment()));
            real.put(secret.readAs(), "a-real-" + secret.environment().toLowerCase() + "-7Hq2");
        }
        assertThat(keycloakStart(real)).as("good secrets: kc.sh runs with compose's command")
                .isEqualTo("0 started start --import-realm");
        for (ProductionSettings.Secret secret : held) {
            List<String> weak = new ArrayList<>(ProductionSettings.KNOWN_SECRETS);
            weak.addAll(List.of("", envExample.get(secret.environment()), "Change-Me-Too"));
            for (String value : weak) {
                Map<String, String> env = new LinkedHashMap<>(real);
                env.put(secret.readAs(), value);
                assertThat(ProductionSettings.isWeak(value)).isTrue();
                assertThat(keycloakStart(env)).as(secret.readAs() + "='" + value + "'")
                        .startsWith("1 ").contains("refusing to start").contains(secret.environment())
                        .doesNotContain("started");
            }
        }
    }

    /** Runs compose's postgres/initdb.sh with a stand-in psql that only says it ran: "exit status + output". */
    private static String databaseInit(Map<String, String> env) throws IOException, InterruptedException {
        java.nio.file.Path bin = java.nio.file.Files.createTempDirectory("fake-psql");
        java.nio.file.Path psql = bin.resolve("psql");
        java.nio.file.Files.writeString(psql, "#!/bin/sh\necho started\n");
        psql.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("sh", Repository.root().resolve("deploy/compose/postgres/initdb.sh")
                .toString()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().putAll(Map.of("POSTGRES_USER", "postgres", "POSTGRES_DB", "giamsat"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() + " " + out.strip();
    }

    @Test
    void theDatabaseServerRefusesToMakeTheLoginsWithAnEmptyOrExamplePasswordAndNamesItsVariable() throws Exception {
        Map<String, String> postgres = environment("postgres", envExample);
        List<ProductionSettings.Secret> held = ProductionSettings.SECRETS.stream()
                .filter(s -> s.holder() == ProductionSettings.Holder.DATABASE).toList();
        assertThat(held).extracting(ProductionSettings.Secret::environment)
                .contains("GIAMSAT_DB_SUPERUSER_PASSWORD", "GIAMSAT_PORTAL_DB_PASSWORD");
        Map<String, String> real = new LinkedHashMap<>();
        for (String name : List.of("POSTGRES_PASSWORD", "GIAMSAT_MIGRATION_DB_PASSWORD", "GIAMSAT_DB_PASSWORD",
                "GIAMSAT_PORTAL_DB_PASSWORD")) {
            assertThat(postgres).as("compose gives the database server " + name).containsKey(name);
            real.put(name, "a-real-" + name.toLowerCase() + "-7Hq2");
        }
        assertThat(databaseInit(real)).as("good passwords: the roles script runs").isEqualTo("0 started");
        for (String readAs : real.keySet()) {
            String variable = readAs.equals("POSTGRES_PASSWORD") ? "GIAMSAT_DB_SUPERUSER_PASSWORD" : readAs;
            List<String> weak = new ArrayList<>(ProductionSettings.KNOWN_SECRETS);
            weak.addAll(List.of("", envExample.get(variable), "Change-Me-Too"));
            for (String value : weak) {
                Map<String, String> env = new LinkedHashMap<>(real);
                env.put(readAs, value);
                assertThat(ProductionSettings.isWeak(value)).isTrue();
                assertThat(databaseInit(env)).as(readAs + "='" + value + "'")
                        .startsWith("1 ").contains("refusing to initialise").contains(variable)
                        .doesNotContain("started");
            }
        }
    }

    /** The text of nginx's server block that names this server (or "_" for the default one) on this port. */
    private static String serverBlock(String serverName, String listen) {
        String conf = Repository.read(NGINX);
        int from = 0;
        while ((from = conf.indexOf("server {", from)) >= 0) {
            int depth = 0;
            int end = from;
            for (int i = conf.indexOf('{', from); i < conf.length(); i++) {
                if (conf.charAt(i) == '{') depth++;
                if (conf.charAt(i) == '}' && --depth == 0) { end = i; break; }
            }
            String block = conf.substring(from, end + 1);
            if (Pattern.compile("server_name[^;]*[ ]" + Pattern.quote(serverName) + "[ ;]").matcher(block).find()
                    && block.contains("listen " + listen)) {
                return block;
            }
            from = end;
        }
        throw new AssertionError("no server " + serverName + " listening on " + listen + " in " + NGINX);
    }

    @Test
    void keycloaksAdminConsoleIsServedOnAnInternalAddressOnlyAndNotProxiedOnThePublicHost() {
        Map<String, String> keycloak = environment("keycloak", envExample);
        String adminUrl = keycloak.get("KC_HOSTNAME_ADMIN");
        assertThat(adminUrl).as("Keycloak's hostname-admin").isNotBlank()
                .doesNotContain(envExample.get("GIAMSAT_AUTH_HOST"))
                .doesNotContain(envExample.get("GIAMSAT_PORTAL_HOST")).doesNotContain(envExample.get("GIAMSAT_ADMIN_HOST"));
        List<String> ports = get(service("keycloak"), "ports");
        assertThat(ports).as("Keycloak's port is published on the loopback interface only")
                .allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:"));
        assertThat(adminUrl).startsWith("http://127.0.0.1:" + ports.getFirst().split(":")[1]);

        String auth = serverBlock("${GIAMSAT_AUTH_HOST}", "443");
        Matcher location = Pattern.compile("location ~\\*? (\\S+) \\{ return 404; }").matcher(auth);
        assertThat(location.find()).as("the login host's block refuses the admin console").isTrue();
        Pattern blocked = Pattern.compile(location.group(1), Pattern.CASE_INSENSITIVE);
        for (String path : List.of("/admin", "/admin/", "/admin/master/console/", "//admin/master/console/",
                "/realms/master/protocol/openid-connect/auth", "/ADMIN/")) {
            assertThat(blocked.matcher(path).find()).as(path + " is not proxied on the login host").isTrue();
        }
        for (String path : List.of("/realms/giamsat/protocol/openid-connect/auth", "/resources/x/login/keycloak.v2/css",
                "/realms/giamsat/account/")) {
            assertThat(blocked.matcher(path).find()).as(path + " is proxied").isFalse();
        }
    }

    @Test
    void nginxDropsRequestsForUnknownHostsOnBothPorts() {
        for (String port : List.of("80", "443")) {
            String fallback = serverBlock("_", port);
            assertThat(fallback).as("default server on " + port).contains("default_server").contains("return 444;")
                    .doesNotContain("proxy_pass");
        }
        assertThat(serverBlock("_", "443")).contains("ssl_reject_handshake on;");
        assertThat(serverBlock("_", "80")).doesNotContain("return 301");
    }

    @Test
    void nginxKeepsTheActuatorOffThePublicHostsAlsoForOddSpellingsOfItsPath() {
        for (String host : List.of("${GIAMSAT_PORTAL_HOST}", "${GIAMSAT_ADMIN_HOST}")) {
            Matcher location = Pattern.compile("location ~\\*? (\\S+) \\{ return 404; }").matcher(serverBlock(host, "443"));
            assertThat(location.find()).as(host + " refuses the actuator").isTrue();
            Pattern blocked = Pattern.compile(location.group(1), Pattern.CASE_INSENSITIVE);
            // nginx matches the decoded, dot-resolved path; ";a" and doubled slashes stay in it
            for (String path : List.of("/actuator/prometheus", "/actuator;a/prometheus", "//actuator/prometheus",
                    "/actuator", "/Actuator/prometheus")) {
                assertThat(blocked.matcher(path).find()).as(host + " " + path).isTrue();
            }
            assertThat(blocked.matcher("/du-lieu-mo/actuator").find()).isFalse();
        }
    }
}
