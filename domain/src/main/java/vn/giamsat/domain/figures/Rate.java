package vn.giamsat.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import vn.giamsat.domain.common.Reason;

/**
 * An indicator's value: computed from counts, reported by the unit as a rate only, or not available with
 * the reason. Never a silent 0 % or 100 %.
 *
 * <p>This is the one place where a rate becomes a percent ({@link #percentage()}) and where a percent is
 * written ({@link #percentText(Locale)}): one decimal, rounded half up, in the reader's digits ("96,0%" in
 * Vietnamese, "96.0%" in English). Views, reports and exports call these and never round on their own.
 */
public sealed interface Rate permits Rate.Computed, Rate.ReportedOnly, Rate.Unavailable {

    /** The one rounding rule of every percent: one decimal, half up. */
    int DECIMALS = 1;
    RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /**
     * @param smallSample true when the denominator is under the minimum count: show the rate with a warning
     */
    record Computed(long numerator, long denominator, BigDecimal percent, boolean smallSample) implements Rate {}

    /** The unit gave a rate without counts (e.g. "đạt 78%"): shown as reported, with its source. */
    record ReportedOnly(BigDecimal percent) implements Rate {

        /**
         * The rate with the digits the unit gave ("78%", "78,5%"), for a reader who should see the report's own
         * words; at most two decimals, rounded half up.
         */
        public String percentTextAsReported(Locale locale) {
            return format("#,##0.##", percent, locale) + "%";
        }
    }

    record Unavailable(Reason why) implements Rate {}

    static Rate of(long numerator, long denominator, int minimumCount) {
        BigDecimal percent = BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), DECIMALS, ROUNDING);
        return new Computed(numerator, denominator, percent, denominator < minimumCount);
    }

    default boolean isAvailable() {
        return !(this instanceof Unavailable);
    }

    /** The percent this rate shows: computed from counts or as the unit reported it; empty when not available. */
    default Optional<BigDecimal> percentage() {
        return switch (this) {
            case Computed c -> Optional.of(c.percent());
            case ReportedOnly r -> Optional.of(r.percent());
            case Unavailable u -> Optional.empty();
        };
    }

    /** "96,0%" in Vietnamese, "96.0%" in English; empty when not available (the caller says why, in its words). */
    default Optional<String> percentText(Locale locale) {
        return percentage().map(p -> percentNumber(p, locale) + "%");
    }

    /**
     * A percent, or a change in percentage points, as a number in the reader's digits: one decimal, rounded half
     * up ("96,0", "1.234,5", "-1,5"); without the "%" sign.
     */
    static String percentNumber(BigDecimal value, Locale locale) {
        return format("#,##0.0", value, locale);
    }

    private static String format(String pattern, BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(ROUNDING);
        return format.format(value);
    }
}
