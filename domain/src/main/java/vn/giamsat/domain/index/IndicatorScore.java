package vn.giamsat.domain.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's result for one unit and period: points with the counts they come from, or no points and why.
 * "Không có dữ liệu" is not 0 points: it leaves the indicator out of the measurable total.
 */
public sealed interface IndicatorScore permits IndicatorScore.Scored, IndicatorScore.NoData,
        IndicatorScore.NothingToMeasure {

    IndicatorRule rule();

    /** Whether the indicator's points count in "x of y measurable points". */
    default boolean measurable() {
        return this instanceof Scored;
    }

    /** @param percent numerator ÷ denominator, one decimal, half up (shown; the points use the exact ratio) */
    record Scored(IndicatorRule rule, long numerator, long denominator, BigDecimal percent, BigDecimal points)
            implements IndicatorScore {}

    /** Không có dữ liệu: the system does not hold these inputs for the unit and period. */
    record NoData(IndicatorRule rule, List<IndexInput> missing) implements IndicatorScore {
        public NoData {
            missing = List.copyOf(missing);
        }
    }

    /** The denominator is a reported 0 (e.g. no dossier resolved): there is no rate to score. */
    record NothingToMeasure(IndicatorRule rule) implements IndicatorScore {}
}
