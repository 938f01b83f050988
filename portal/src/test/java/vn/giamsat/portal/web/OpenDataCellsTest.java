package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 14, item 9: open data CSV cells a spreadsheet would run are written as text; numbers stay numbers. */
class OpenDataCellsTest {
    @Test
    void a_statement_that_is_a_formula_is_neutralized_and_numbers_are_untouched() {
        String link = "=HYPERLINK(\"http://evil.example\",\"Số liệu đầy đủ\")";

        assertThat(OpenDataController.text(link)).isEqualTo("'" + link);
        assertThat(OpenDataController.text("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(OpenDataController.text("Xã Phú Thịnh")).isEqualTo("Xã Phú Thịnh");
        assertThat(OpenDataController.text(-3L)).isEqualTo("-3");
        assertThat(OpenDataController.text(new BigDecimal("-1.50"))).isEqualTo("-1.50");
        assertThat(OpenDataController.text(null)).isEmpty();
    }
}
