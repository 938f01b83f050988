package vn.giamsat.admin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_vietnamese_label_has_an_english_one_and_the_reverse() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void vietnamese_is_the_default_whatever_locale_is_asked_for_except_english() {
        var provider = new TranslationProvider();

        assertThat(provider.getTranslation("rounds.title", Locale.FRENCH)).isEqualTo("Cuộc giám sát");
        assertThat(provider.getTranslation("rounds.title", Locale.of("vi", "VN"))).isEqualTo("Cuộc giám sát");
        assertThat(provider.getTranslation("rounds.title", Locale.UK)).isEqualTo("Supervision rounds");
        assertThat(provider.getTranslation("rounds.empty.filtered", Languages.VIETNAMESE, "Tam Kỳ"))
                .isEqualTo("Không có cuộc giám sát nào khớp với “Tam Kỳ”.");
    }
}
