package vn.giamsat.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.giamsat.domain.common.Reason;

/**
 * An indicator's value: computed from counts, reported by the unit as a rate only, or not available with
 * the reason. Never a silent 0 % or 100 %.
 */
public sealed interface Rate permits Rate.Computed, Rate.ReportedOnly, Rate.Unavailable {

    /**
     * @param smallSample true when the denominator is under the minimum count: show the rate with a warning
     */
    record Computed(long numerator, long denominator, BigDecimal percent, boolean smallSample) implements Rate {}

    /** The unit gave a rate without counts (e.g. "đạt 78%"): shown as reported, with its source. */
    record ReportedOnly(BigDecimal percent) implements Rate {}

    record Unavailable(Reason why) implements Rate {}

    static Rate of(long numerator, long denominator, int minimumCount) {
        BigDecimal percent = BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new Computed(numerator, denominator, percent, denominator < minimumCount);
    }

    default boolean isAvailable() {
        return !(this instanceof Unavailable);
    }
}
