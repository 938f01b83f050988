package vn.giamsat.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamsat.deploy.Repository.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The realm compose imports (deploy/compose/keycloak/giamsat-realm.json) is the local realm
 * (deploy/keycloak/giamsat-realm.json) with three differences only: no demo users (service accounts stay), the
 * admin UI client's addresses on the public admin host, and a browser flow that asks ADMIN and COUNCIL_STAFF for a
 * one-time password (issue 14.15; the local demo realm keeps Keycloak's flow, where OTP is optional). A change to the local realm fails here until the
 * production one follows; the expected file is written to target/ to compare.
 */
class ProductionRealmTest {
    private static final String LOCAL = "deploy/keycloak/giamsat-realm.json";
    private static final String PRODUCTION = "deploy/compose/keycloak/giamsat-realm.json";
    private static final String ADMIN_HOST = "https://${GIAMSAT_ADMIN_HOST}";
    /** The production realm's own sign-in flow; checked on its own below. */
    static final List<String> OTP_FLOW_KEYS = List.of("browserFlow", "authenticationFlows", "authenticatorConfig");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expectedProductionRealm() {
        Map<String, Object> realm = new LinkedHashMap<>(Repository.yaml(LOCAL));
        List<Map<String, Object>> users = new ArrayList<>((List<Map<String, Object>>) realm.get("users"));
        users.removeIf(u -> !((String) u.get("username")).startsWith("service-account-"));
        realm.put("users", users);
        List<Map<String, Object>> clients = new ArrayList<>();
        for (Map<String, Object> client : (List<Map<String, Object>>) realm.get("clients")) {
            Map<String, Object> c = new LinkedHashMap<>(client);
            if ("giamsat-admin-ui".equals(c.get("clientId"))) {
                c.put("baseUrl", ADMIN_HOST + "/admin/");
                c.put("redirectUris", List.of(ADMIN_HOST + "/login/oauth2/code/keycloak"));
                Map<String, Object> attributes = new LinkedHashMap<>((Map<String, Object>) c.get("attributes"));
                attributes.put("post.logout.redirect.uris", ADMIN_HOST + "/admin/*");
                c.put("attributes", attributes);
            }
            clients.add(c);
        }
        realm.put("clients", clients);
        for (String flowKey : OTP_FLOW_KEYS) {
            Object own = Repository.yaml(PRODUCTION).get(flowKey);
            if (own != null) {
                realm.put(flowKey, own);
            }
        }
        return realm;
    }

    @Test
    void theProductionRealmIsTheLocalOneWithoutDemoUsersAndWithPublicAddresses() throws IOException {
        Map<String, Object> expected = expectedProductionRealm();
        Map<String, Object> actual = Repository.yaml(PRODUCTION);
        if (!expected.equals(actual)) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            Path out = Path.of("target/giamsat-realm.production.expected.yaml");
            Files.writeString(out, new Yaml(options).dump(expected), StandardCharsets.UTF_8);
            assertThat(actual).as(PRODUCTION + " is out of step with " + LOCAL + "; expected content in " + out)
                    .isEqualTo(expected);
        }
        List<Map<String, Object>> users = get(actual, "users");
        assertThat(users).extracting(u -> u.get("username")).containsExactly("service-account-giamsat-identity");
        assertThat(Repository.read(PRODUCTION)).doesNotContain("127.0.0.1").doesNotContain("localhost")
                .doesNotContain("GIAMSAT_DEMO_PASSWORD");
    }

    @Test
    void keycloakInComposeIsGivenEveryVariableTheRealmReads() {
        Map<String, Object> keycloakEnv = get(Repository.yaml("deploy/compose/compose.yaml"),
                "services", "keycloak", "environment");
        Matcher m = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}").matcher(Repository.read(PRODUCTION));
        int found = 0;
        while (m.find()) {
            assertThat(keycloakEnv).as("compose gives Keycloak " + m.group(1)).containsKey(m.group(1));
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(3);
        List<String> volumes = get(Repository.yaml("deploy/compose/compose.yaml"), "services", "keycloak", "volumes");
        assertThat(volumes).contains("./keycloak/giamsat-realm.json:/opt/keycloak/data/import/giamsat-realm.json:ro");
    }

    /** Issue 14.15: the flow Keycloak uses for browsers, as the realm file defines it. */
    @Test
    @SuppressWarnings("unchecked")
    void inProductionAdminAndCouncilStaffGiveAOneTimePasswordAndSetOneUpIfTheyHaveNone() {
        Map<String, Object> realm = Repository.yaml(PRODUCTION);
        assertThat(Repository.yaml(LOCAL)).as("the local demo realm keeps Keycloak's browser flow (OTP optional)")
                .doesNotContainKeys("browserFlow", "authenticationFlows");
        Map<String, Map<String, Object>> flows = new LinkedHashMap<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) realm.get("authenticationFlows")) {
            flows.put((String) f.get("alias"), f);
        }
        Map<String, String> roleOfConfig = new LinkedHashMap<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) realm.get("authenticatorConfig")) {
            Map<String, String> config = (Map<String, String>) c.get("config");
            assertThat(config.getOrDefault("negate", "false")).isEqualTo("false");
            roleOfConfig.put((String) c.get("alias"), config.get("condUserRole"));
        }
        Map<String, Object> browser = flows.get((String) realm.get("browserFlow"));
        assertThat(browser).as("the realm's browser flow is one of its own").isNotNull().containsEntry("topLevel", true);

        // Which roles reach an OTP form: a CONDITIONAL sub-flow whose condition is a role, then auth-otp-form
        // REQUIRED (which, for a user without OTP, adds the required action "Configure OTP").
        List<String> rolesAskedForOtp = new ArrayList<>();
        boolean password = false;
        List<Map<String, Object>> queue = new ArrayList<>(List.of(browser));
        while (!queue.isEmpty()) {
            Map<String, Object> flow = queue.removeFirst();
            List<Map<String, Object>> steps = (List<Map<String, Object>>) flow.get("authenticationExecutions");
            String role = null;
            for (Map<String, Object> step : steps) {
                if (Boolean.TRUE.equals(step.get("authenticatorFlow"))) {
                    queue.add(flows.get((String) step.get("flowAlias")));
                } else if ("conditional-user-role".equals(step.get("authenticator"))) {
                    role = roleOfConfig.get((String) step.get("authenticatorConfig"));
                } else if ("auth-otp-form".equals(step.get("authenticator"))) {
                    assertThat(step.get("requirement")).isEqualTo("REQUIRED");
                    rolesAskedForOtp.add(role);
                } else if ("auth-username-password-form".equals(step.get("authenticator"))) {
                    password = "REQUIRED".equals(step.get("requirement"));
                }
            }
        }
        assertThat(password).isTrue();
        assertThat(rolesAskedForOtp).containsExactlyInAnyOrder("ADMIN", "COUNCIL_STAFF");
    }
}
