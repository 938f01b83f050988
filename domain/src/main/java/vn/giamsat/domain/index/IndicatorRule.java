package vn.giamsat.domain.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One component indicator (chỉ số thành phần) of the service index: a rate numerator ÷ denominator, worth up to
 * {@code maxPoints}. Scoring: full points when the rate is at or above {@code thresholdPercent}; below it,
 * points in proportion (max × rate ÷ threshold), rounded to two decimals, half up.
 *
 * @param code             stable identifier, also the anchor of the indicator on the formula page
 * @param source           where the indicator, its points and its threshold were read (a citation)
 * @param pointsVerified   true when {@code maxPoints} was read in a text; false: a setting to check
 * @param thresholdVerified true when {@code thresholdPercent} was read in a text; false: a setting to check
 */
public record IndicatorRule(String code, IndexGroup group, String vietnamese, String english,
                            IndexInput numerator, IndexInput denominator, BigDecimal maxPoints,
                            BigDecimal thresholdPercent, String source, boolean pointsVerified,
                            boolean thresholdVerified) {

    static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public IndicatorRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (maxPoints == null || maxPoints.signum() < 0) {
            throw new IllegalArgumentException(code + ": points must be zero or more");
        }
        if (thresholdPercent == null || thresholdPercent.signum() <= 0 || thresholdPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(code + ": the threshold must be above 0 % and at most 100 %");
        }
    }

    public IndicatorRule withMaxPoints(BigDecimal points) {
        return new IndicatorRule(code, group, vietnamese, english, numerator, denominator, points, thresholdPercent,
                source, false, thresholdVerified);
    }

    public IndicatorRule withThreshold(BigDecimal percent) {
        return new IndicatorRule(code, group, vietnamese, english, numerator, denominator, maxPoints, percent,
                source, pointsVerified, false);
    }

    /** The score of this indicator for the given counts: points, or why there are none. */
    public IndicatorScore score(IndexInputs inputs) {
        var num = inputs.get(numerator);
        var den = inputs.get(denominator);
        if (!num.isReported() || !den.isReported()) {
            java.util.List<IndexInput> missing = new java.util.ArrayList<>();
            if (!num.isReported()) missing.add(numerator);
            if (!den.isReported()) missing.add(denominator);
            return new IndicatorScore.NoData(this, missing);
        }
        long n = num.orNull();
        long d = den.orNull();
        if (d == 0) {
            return new IndicatorScore.NothingToMeasure(this);
        }
        if (n > d) {
            throw new IllegalArgumentException(code + ": " + n + " is more than " + d);
        }
        BigDecimal ratio = BigDecimal.valueOf(n).multiply(HUNDRED);
        BigDecimal percent = ratio.divide(BigDecimal.valueOf(d), 1, RoundingMode.HALF_UP);
        BigDecimal points;
        // Compare n/d with threshold exactly (n×100 ≥ threshold×d), not the rounded percent.
        if (ratio.compareTo(thresholdPercent.multiply(BigDecimal.valueOf(d))) >= 0) {
            points = maxPoints.setScale(SCALE, RoundingMode.HALF_UP);
        } else {
            points = maxPoints.multiply(ratio)
                    .divide(thresholdPercent.multiply(BigDecimal.valueOf(d)), SCALE, RoundingMode.HALF_UP);
        }
        return new IndicatorScore.Scored(this, n, d, percent, points);
    }
}
