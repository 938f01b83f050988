package vn.giamsat.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamsat.deploy.Repository.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s/database.yaml (issue 20, decision 043): the CloudNativePG objects, checked as the API server would with
 * strict field validation ({@code kubectl apply --validate=strict}) against the schemas of the operator's own CRDs
 * (src/test/resources/crds, their source in its README), and wired to the apps: the admin UI and the migration job
 * on the primary, the portal on the standbys through the pooler, backups on the cluster's archive.
 *
 * <p>No cluster runs here: an object that passes could still be refused by the operator's webhooks.
 */
class CloudNativePgManifestTest {
    private static final String CLUSTER = "giamsat-db";
    private final List<Map<String, Object>> objects = Repository.yamlDocuments("deploy/k8s/database.yaml");

    private Map<String, Object> object(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/k8s/database.yaml"));
    }

    @Test
    void everyObjectIsValidAgainstItsOperatorsCrd() {
        assertThat(objects).extracting(o -> o.get("kind"))
                .containsExactlyInAnyOrder("Cluster", "ObjectStore", "ScheduledBackup", "Pooler");
        for (Map<String, Object> o : objects) {
            String apiVersion = (String) o.get("apiVersion");
            Map<String, Object> crd = crd(apiVersion.substring(0, apiVersion.indexOf('/')), (String) o.get("kind"));
            Map<String, Object> schema = get(crd, "versions", apiVersion.substring(apiVersion.indexOf('/') + 1));
            assertThat(schema).as(apiVersion + " is served by the CRD").isNotNull();
            List<String> problems = new ArrayList<>();
            Map<String, Object> body = new java.util.LinkedHashMap<>(o);
            body.remove("apiVersion");
            body.remove("kind");
            body.put("metadata", Map.of()); // ObjectMeta: the API server checks it itself, the CRD only requires it
            check(body, schema, o.get("kind") + "", problems);
            assertThat(problems).as(o.get("kind") + " against its CRD").isEmpty();
        }
    }

    @Test
    void theCheckRefusesWhatTheApiServerWould() {
        Map<String, Object> schema = get(crd("postgresql.cnpg.io", "Cluster"), "versions", "v1");
        List<String> problems = new ArrayList<>();
        check(Map.of("metadata", Map.of(), "spec", Map.of("instances", "three", "storage", Map.of("sise", "1Gi"),
                "primaryUpdateStrategy", "sometimes")), schema, "Cluster", problems);
        assertThat(problems).containsExactlyInAnyOrder(
                "Cluster.spec.instances: expected integer, got three",
                "Cluster.spec.storage.sise: unknown field",
                "Cluster.spec.primaryUpdateStrategy: sometimes is not one of [unsupervised, supervised]");
        problems.clear();
        check(Map.of("metadata", Map.of(), "spec", Map.of()), schema, "Cluster", problems);
        assertThat(problems).containsExactly("Cluster.spec.instances: required");
    }

    @Test
    void onePrimaryAndTwoStandbysOfPostgresql17WithContinuousBackup() {
        Map<String, Object> cluster = object("Cluster");
        assertThat((String) get(cluster, "metadata", "name")).isEqualTo(CLUSTER);
        assertThat((Integer) get(cluster, "spec", "instances")).isEqualTo(3);
        assertThat((String) get(cluster, "spec", "imageName")).contains("/postgresql:17.");
        assertThat((String) get(cluster, "spec", "bootstrap", "initdb", "owner")).isEqualTo("giamsat_owner");
        assertThat((Boolean) get(cluster, "spec", "affinity", "enablePodAntiAffinity")).isTrue();

        List<Map<String, Object>> plugins = get(cluster, "spec", "plugins");
        assertThat(plugins).singleElement().satisfies(p -> {
            assertThat(p.get("isWALArchiver")).isEqualTo(true);
            assertThat((String) get(p, "parameters", "barmanObjectName"))
                    .isEqualTo(get(object("ObjectStore"), "metadata", "name"));
        });
        Map<String, Object> nightly = object("ScheduledBackup");
        assertThat((String) get(nightly, "spec", "cluster", "name")).isEqualTo(CLUSTER);
        assertThat((String) get(nightly, "spec", "method")).isEqualTo("plugin");
        assertThat((String) get(nightly, "spec", "pluginConfiguration", "name")).isEqualTo(plugins.getFirst().get("name"));
        assertThat(((String) get(nightly, "spec", "schedule")).split(" ")).hasSize(6);
    }

    @Test
    void theAppsWriteToThePrimaryAndThePortalReadsTheStandbysThroughThePooler() {
        Map<String, Object> kustomization = Repository.yaml("deploy/k8s/kustomization.yaml");
        assertThat((List<String>) get(kustomization, "resources")).contains("database.yaml");
        String primaryUrl = ((List<String>) ((Map<String, Object>) ((List<Object>) get(kustomization, "configMapGenerator"))
                .getFirst()).get("literals")).stream().filter(l -> l.startsWith("GIAMSAT_DB_URL=")).findFirst().orElseThrow();
        assertThat(primaryUrl).contains("//" + CLUSTER + "-rw.giamsat.svc:5432/giamsat");

        Map<String, Object> pooler = object("Pooler");
        assertThat((String) get(pooler, "spec", "cluster", "name")).isEqualTo(CLUSTER);
        assertThat((String) get(pooler, "spec", "type")).isEqualTo("ro");
        Map<String, Object> portal = Repository.yamlDocuments("deploy/k8s/portal.yaml").stream()
                .filter(o -> "Deployment".equals(o.get("kind"))).findFirst().orElseThrow();
        List<Map<String, Object>> containers = get(portal, "spec", "template", "spec", "containers");
        List<Map<String, Object>> env = get(containers.getFirst(), "env");
        assertThat(env).anySatisfy(e -> {
            assertThat(e.get("name")).isEqualTo("GIAMSAT_DB_READ_URL");
            assertThat((String) e.get("value")).contains("//" + get(pooler, "metadata", "name") + ".giamsat.svc:5432/giamsat");
        });

        // what the portal's application.properties makes of it: the standby when given, else the primary
        App app = App.portal();
        assertThat(app.settingsWith(Map.of("GIAMSAT_DB_URL", "jdbc:postgresql://primary/giamsat",
                "GIAMSAT_DB_READ_URL", "jdbc:postgresql://standby/giamsat")))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://standby/giamsat");
        assertThat(app.settingsWith(Map.of("GIAMSAT_DB_URL", "jdbc:postgresql://primary/giamsat")))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://primary/giamsat");
    }

    // --- a strict structural check, as the API server applies a CRD's openAPIV3Schema ---------------------------

    private static Map<String, Object> crd(String group, String kind) {
        String file = "/crds/" + group + "_" + kind.toLowerCase() + "s.schema.json";
        try (InputStream in = CloudNativePgManifestTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Map<String, Object> crd = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(crd.get("kind")).isEqualTo(kind);
            return crd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Object value, Map<String, Object> schema, String path, List<String> problems) {
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            if (!(value instanceof Integer || value instanceof String)) {
                problems.add(path + ": expected integer or string, got " + value);
            }
            return;
        }
        List<Object> allowed = (List<Object>) schema.get("enum");
        if (allowed != null && !allowed.contains(value)) {
            problems.add(path + ": " + value + " is not one of " + allowed);
        }
        String type = (String) schema.get("type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    problems.add(path + ": expected object, got " + value);
                    return;
                }
                Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
                Object additional = schema.get("additionalProperties");
                boolean open = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
                for (var entry : ((Map<String, Object>) map).entrySet()) {
                    String at = path + "." + entry.getKey();
                    if (properties != null && properties.containsKey(entry.getKey())) {
                        check(entry.getValue(), (Map<String, Object>) properties.get(entry.getKey()), at, problems);
                    } else if (additional instanceof Map<?, ?> additionalSchema) {
                        check(entry.getValue(), (Map<String, Object>) additionalSchema, at, problems);
                    } else if (!open) {
                        problems.add(at + ": unknown field");
                    }
                }
                for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
                    if (!map.containsKey(required)) {
                        problems.add(path + "." + required + ": required");
                    }
                }
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    problems.add(path + ": expected array, got " + value);
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    check(list.get(i), (Map<String, Object>) schema.get("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!(value instanceof String)) {
                    problems.add(path + ": expected string, got " + value);
                }
            }
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    problems.add(path + ": expected integer, got " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(path + ": expected boolean, got " + value);
                }
            }
            default -> {
            }
        }
    }
}
