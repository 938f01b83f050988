package vn.giamsat.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Files of the repository this test runs in, and YAML read from them. */
final class Repository {
    private Repository() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static String read(String path) {
        try {
            return Files.readString(root().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String path) {
        return (Map<String, Object>) new Yaml(new LoaderOptions()).load(read(path));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String path) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(read(path))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    /** KEY=VALUE lines (an env file), comments and blank lines skipped. */
    static Map<String, String> envFile(String path) {
        Map<String, String> values = new LinkedHashMap<>();
        read(path).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
            int eq = l.indexOf('=');
            values.put(l.substring(0, eq), l.substring(eq + 1));
        });
        return values;
    }

    /** A nested value: get(map, "spec", "template", "spec"). */
    @SuppressWarnings("unchecked")
    static <T> T get(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }
}
