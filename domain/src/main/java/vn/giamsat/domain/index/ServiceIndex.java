package vn.giamsat.domain.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Decision 766/QĐ-TTg service index of one unit for one period, over what the system holds. Its total is
 * "x of y measurable points": y adds up only the indicators that could be scored, so a unit is never shown a
 * 100-point score built on zeros for data nobody has.
 */
public record ServiceIndex(List<IndicatorScore> scores) {

    public ServiceIndex {
        scores = List.copyOf(scores);
    }

    public static ServiceIndex of(ServiceIndexRules rules, IndexInputs inputs) {
        return new ServiceIndex(rules.indicators().stream().map(r -> r.score(inputs)).toList());
    }

    /** Points scored, over measurable indicators only. */
    public BigDecimal points() {
        return sum(scores.stream().filter(IndicatorScore::measurable)
                .map(s -> ((IndicatorScore.Scored) s).points()).toList());
    }

    /** The points the measurable indicators are worth (y of "x of y"). */
    public BigDecimal measurablePoints() {
        return sum(scores.stream().filter(IndicatorScore::measurable).map(s -> s.rule().maxPoints()).toList());
    }

    /** The points of every indicator, measurable or not (100 with the decision's rules). */
    public BigDecimal maxPoints() {
        return sum(scores.stream().map(s -> s.rule().maxPoints()).toList());
    }

    public boolean anythingMeasurable() {
        return scores.stream().anyMatch(IndicatorScore::measurable);
    }

    public List<IndicatorScore> group(IndexGroup group) {
        return scores.stream().filter(s -> s.rule().group() == group).toList();
    }

    public BigDecimal groupPoints(IndexGroup group) {
        return sum(group(group).stream().filter(IndicatorScore::measurable)
                .map(s -> ((IndicatorScore.Scored) s).points()).toList());
    }

    public BigDecimal groupMeasurablePoints(IndexGroup group) {
        return sum(group(group).stream().filter(IndicatorScore::measurable).map(s -> s.rule().maxPoints()).toList());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(IndicatorRule.SCALE, RoundingMode.HALF_UP);
    }
}
