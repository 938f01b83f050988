package vn.giamsat.adapters.persistence;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for jsonb columns (published snapshots, document lists). The adapter keeps its own mapper rather
 * than the application's: a stored snapshot must read the same forever, whatever the web layer configures.
 * Jackson 3 writes java.time values as ISO-8601 text by default, which round-trips exactly.
 */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static <T> T read(String json, TypeReference<T> type) {
        return MAPPER.readValue(json, type);
    }
}
