package vn.giamsat.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamsat.deploy.Repository.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamsat.adapters.persistence.startup.DatabaseRoles;
import vn.giamsat.adapters.persistence.startup.MigrateOnly;
import vn.giamsat.adapters.persistence.startup.ProductionSettings;

/** deploy/k8s (the kustomization and its resources) against the apps' images, ports, probes and settings. */
class KubernetesManifestTest {
    private static final String DIR = "deploy/k8s/";
    private final App portal = App.portal();
    private final App adminUi = App.adminUi();
    private final Map<String, Object> kustomization = Repository.yaml(DIR + "kustomization.yaml");
    private final List<Map<String, Object>> objects = new ArrayList<>();
    private final Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
    private final Map<String, String> exampleSecrets = Repository.envFile(DIR + "secrets.env.example");

    KubernetesManifestTest() {
        List<String> resources = get(kustomization, "resources");
        resources.forEach(r -> objects.addAll(Repository.yamlDocuments(DIR + r)));
        List<Map<String, Object>> generators = get(kustomization, "configMapGenerator");
        for (Map<String, Object> g : generators) {
            Map<String, String> data = new LinkedHashMap<>();
            ((List<String>) g.get("literals")).forEach(l -> data.put(l.substring(0, l.indexOf('=')),
                    l.substring(l.indexOf('=') + 1)));
            configMaps.put((String) g.get("name"), data);
        }
        List<Map<String, Object>> secrets = get(kustomization, "secretGenerator");
        assertThat(secrets).singleElement().satisfies(s -> {
            assertThat(s.get("name")).isEqualTo("giamsat-secrets");
            assertThat((List<String>) s.get("envs")).containsExactly("secrets.env");
        });
    }

    private Map<String, Object> object(String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(get(o, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + DIR));
    }

    private static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = get(workload, "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return containers.getFirst();
    }

    private App appOf(String kind, String name) {
        return kind.equals("Deployment") && name.equals("portal") ? portal : adminUi;
    }

    /** The environment a container gets: its env list and the ConfigMaps it takes whole; secrets from the example. */
    private Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        List<Map<String, Object>> envFrom = get(container, "envFrom");
        for (Map<String, Object> source : envFrom == null ? List.<Map<String, Object>>of() : envFrom) {
            String configMap = get(source, "configMapRef", "name");
            assertThat(configMaps).as("envFrom names a generated ConfigMap").containsKey(configMap);
            env.putAll(configMaps.get(configMap));
        }
        List<Map<String, Object>> list = get(container, "env");
        for (Map<String, Object> e : list == null ? List.<Map<String, Object>>of() : list) {
            String secretKey = get(e, "valueFrom", "secretKeyRef", "key");
            if (secretKey != null) {
                assertThat((String) get(e, "valueFrom", "secretKeyRef", "name")).isEqualTo("giamsat-secrets");
                assertThat(exampleSecrets).as("secrets.env.example has " + secretKey).containsKey(secretKey);
                env.put((String) e.get("name"), exampleSecrets.get(secretKey));
            } else {
                env.put((String) e.get("name"), String.valueOf(e.get("value")));
            }
        }
        return env;
    }

    @ParameterizedTest
    @CsvSource({"Deployment,portal", "Deployment,admin-ui", "Job,giamsat-migrate"})
    void eachWorkloadRunsTheImageJibBuildsAsItsUser(String kind, String name) {
        Map<String, Object> workload = object(kind, name);
        Map<String, Object> container = container(workload);
        assertThat(container.get("image")).isEqualTo(appOf(kind, name).image());
        String jibUser = Repository.read("pom.xml").replaceAll("(?s).*<user>([0-9]+):[0-9]+</user>.*", "$1");
        assertThat((Integer) get(workload, "spec", "template", "spec", "securityContext", "runAsUser"))
                .isEqualTo(Integer.parseInt(jibUser));
        assertThat((Boolean) get(workload, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isTrue();
        assertThat((Object) get(container, "resources", "requests", "cpu")).isNotNull();
        assertThat((Object) get(container, "resources", "requests", "memory")).isNotNull();
        assertThat((Object) get(container, "resources", "limits", "memory")).isNotNull();
        // A read-only root needs a writable /tmp (Tomcat's work files).
        assertThat((Boolean) get(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
        List<Map<String, Object>> mounts = get(container, "volumeMounts");
        assertThat(mounts).anySatisfy(m -> assertThat(m.get("mountPath")).isEqualTo("/tmp"));
    }

    @ParameterizedTest
    @CsvSource({"portal", "admin-ui"})
    void containerPortAndProbesAreTheAppsOwn(String name) {
        App app = appOf("Deployment", name);
        Map<String, Object> container = container(object("Deployment", name));
        List<Map<String, Object>> ports = get(container, "ports");
        assertThat(ports).singleElement().satisfies(p -> {
            assertThat(p.get("containerPort")).isEqualTo(app.port());
            assertThat(p.get("name")).isEqualTo("http");
        });
        assertThat((String) get(container, "livenessProbe", "httpGet", "path")).isEqualTo(App.LIVENESS);
        assertThat((String) get(container, "startupProbe", "httpGet", "path")).isEqualTo(App.LIVENESS);
        assertThat((String) get(container, "readinessProbe", "httpGet", "path")).isEqualTo(App.READINESS);
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat((String) get(container, probe, "httpGet", "port")).isEqualTo("http");
        }
        assertThat(app.healthProbesEnabled()).as(name + " exposes /actuator/health/liveness and /readiness").isTrue();

        Map<String, Object> service = object("Service", name);
        assertThat((String) get(service, "spec", "selector", "app.kubernetes.io/name"))
                .isEqualTo(get(object("Deployment", name), "spec", "template", "metadata", "labels",
                        "app.kubernetes.io/name"));
        List<Map<String, Object>> servicePorts = get(service, "spec", "ports");
        assertThat(servicePorts).singleElement().satisfies(p -> assertThat(p.get("targetPort")).isEqualTo("http"));
    }

    @ParameterizedTest
    @CsvSource({"Deployment,portal", "Deployment,admin-ui", "Job,giamsat-migrate"})
    void everyVariableIsOneTheAppReadsAndProductionGetsAllItNeeds(String kind, String name) {
        App app = appOf(kind, name);
        Map<String, String> env = environment(container(object(kind, name)));
        assertThat(app.environmentRead()).as(name + " reads these").containsAll(env.keySet());
        assertThat(env.keySet()).as(name + " must be given what production needs").containsAll(app.requiredEnvironment());
        assertThat(env).containsEntry("GIAMSAT_PROFILE", ProductionSettings.PRODUCTION);
        // The example secrets are refused at start; real ones pass.
        assertThat(ProductionSettings.refusal(app.settingsWith(env)::get)).as(name + " with the example secrets")
                .hasValueSatisfying(r -> assertThat(r).contains("GIAMSAT_DB_PASSWORD"));
        Map<String, String> real = new LinkedHashMap<>(env);
        real.replaceAll((k, v) -> v.startsWith("change-me") ? "a-real-" + k.toLowerCase() + "-7Hq2" : v);
        assertThat(ProductionSettings.refusal(app.settingsWith(real)::get)).as(name + " with real secrets").isEmpty();
    }

    @Test
    void theJobMigratesAndTheDeploymentsDoNot() {
        Map<String, String> job = environment(container(object("Job", "giamsat-migrate")));
        // Each app with its own login (decision 021): the migration login only in the job.
        assertThat(job).containsEntry(MigrateOnly.ENVIRONMENT, "true")
                .containsEntry("GIAMSAT_DB_USER", DatabaseRoles.MIGRATOR_LOGIN);
        assertThat(environment(container(object("Deployment", "admin-ui"))))
                .containsEntry("GIAMSAT_DB_USER", DatabaseRoles.APP_LOGIN);
        assertThat(environment(container(object("Deployment", "portal"))))
                .containsEntry("GIAMSAT_DB_USER", DatabaseRoles.PORTAL_LOGIN);
        assertThat((String) get(object("Job", "giamsat-migrate"), "spec", "template", "spec", "restartPolicy"))
                .isEqualTo("Never");
        assertThat(environment(container(object("Deployment", "admin-ui"))))
                .containsEntry("GIAMSAT_MIGRATE_ON_START", "false").doesNotContainKey(MigrateOnly.ENVIRONMENT);
        assertThat(portal.environmentRead()).doesNotContain("GIAMSAT_MIGRATE_ON_START");
    }

    @Test
    void theAdminUiIngressIsStickyAndThePortalScalesOut() {
        Map<String, String> annotations = get(object("Ingress", "admin-ui"), "metadata", "annotations");
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsKey("nginx.ingress.kubernetes.io/session-cookie-name");
        assertThat(get(object("Ingress", "portal"), "metadata", "annotations") == null
                || !((Map<?, ?>) get(object("Ingress", "portal"), "metadata", "annotations"))
                        .containsKey("nginx.ingress.kubernetes.io/affinity"))
                .as("the portal is stateless: no affinity").isTrue();

        Map<String, Object> hpa = object("HorizontalPodAutoscaler", "portal");
        assertThat((String) get(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat((String) get(hpa, "spec", "scaleTargetRef", "name")).isEqualTo("portal");
        assertThat((Integer) get(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) get(hpa, "spec", "maxReplicas")).isGreaterThan(get(hpa, "spec", "minReplicas"));
    }

    @ParameterizedTest
    @CsvSource({"portal,portal", "admin-ui,admin-ui"})
    void eachIngressSendsItsHostToItsService(String ingress, String service) {
        List<Map<String, Object>> rules = get(object("Ingress", ingress), "spec", "rules");
        List<Map<String, Object>> paths = get(rules.getFirst(), "http", "paths");
        assertThat((String) get(paths.getFirst(), "backend", "service", "name")).isEqualTo(service);
        object("Service", service);
    }
}
