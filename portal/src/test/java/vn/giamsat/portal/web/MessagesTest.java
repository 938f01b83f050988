package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** An English reader must never meet a Vietnamese-only text, nor the other way round. */
class MessagesTest {

    @Test
    void both_languages_have_the_same_messages_and_none_is_empty() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
        assertThat(vietnamese.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
