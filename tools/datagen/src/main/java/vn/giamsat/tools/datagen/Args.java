package vn.giamsat.tools.datagen;

import java.util.HashMap;
import java.util.Map;

/** "--name value" pairs. */
record Args(Map<String, String> values) {
    static Args parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        return new Args(m);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long longValue(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v.replace("_", ""));
    }
}
