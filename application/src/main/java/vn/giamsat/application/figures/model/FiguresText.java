package vn.giamsat.application.figures.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;

/** Figures worded as a Vietnamese report prints them: "1.062", "chưa báo cáo", "92,0%". */
public final class FiguresText {
    public static final String NOT_REPORTED = "chưa báo cáo";
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private FiguresText() {}

    public static String count(Count count) {
        return count instanceof Count.Reported(long v) ? NumberFormat.getIntegerInstance(VI).format(v) : NOT_REPORTED;
    }

    public static String percent(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(VI));
        return f.format(value) + "%";
    }

    public static String rate(Rate rate) {
        return switch (rate) {
            case Rate.Computed c -> percent(c.percent()) + (c.smallSample() ? " (ít hồ sơ)" : "");
            case Rate.ReportedOnly r -> percent(r.percent()) + " (đơn vị báo cáo)";
            case Rate.Unavailable u -> "chưa đủ số liệu";
        };
    }
}
