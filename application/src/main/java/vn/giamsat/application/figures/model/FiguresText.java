package vn.giamsat.application.figures.model;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;

/**
 * Figures worded as a Vietnamese report prints them: "1.062", "chưa báo cáo", "92,0%", and a rate the unit
 * reported as it gave it ("78%"). The percent itself is
 * {@link Rate}'s ({@link Rate#percentText}); only the Vietnamese words around it are here.
 */
public final class FiguresText {
    public static final String NOT_REPORTED = "chưa báo cáo";
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private FiguresText() {}

    public static String count(Count count) {
        return count instanceof Count.Reported(long v) ? NumberFormat.getIntegerInstance(VI).format(v) : NOT_REPORTED;
    }

    public static String percent(BigDecimal value) {
        return Rate.percentNumber(value, VI) + "%";
    }

    public static String rate(Rate rate) {
        return switch (rate) {
            case Rate.Computed c -> percent(c) + (c.smallSample() ? " (ít hồ sơ)" : "");
            case Rate.ReportedOnly r -> r.percentTextAsReported(VI) + " (đơn vị báo cáo)"; // "78%" as given, not "78,0%"
            case Rate.Unavailable u -> "chưa đủ số liệu";
        };
    }

    private static String percent(Rate available) {
        return available.percentText(VI).orElseThrow();
    }
}
