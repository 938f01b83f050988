package vn.giamsat.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/** Decision 766/QĐ-TTg service index: each indicator at, above and below its threshold, and without input. */
class ServiceIndexTest {

    static final ServiceIndexRules RULES = ServiceIndexRules.defaults();

    static java.util.stream.Stream<IndicatorRule> indicators() {
        return RULES.indicators().stream();
    }

    /** Every indicator with its threshold set to 80 %: at 80 % full points, above still full, below proportional. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    void each_indicator_full_points_at_and_above_its_threshold_proportional_below_none_without_input(IndicatorRule rule) {
        IndicatorRule r = rule.withThreshold(BigDecimal.valueOf(80));
        BigDecimal max = r.maxPoints().setScale(2);

        assertThat(points(r.score(inputs(r, 80, 100)))).isEqualByComparingTo(max);
        assertThat(points(r.score(inputs(r, 95, 100)))).isEqualByComparingTo(max);
        assertThat(points(r.score(inputs(r, 100, 100)))).isEqualByComparingTo(max);
        // 40 % of a threshold of 80 % is half the points
        assertThat(points(r.score(inputs(r, 40, 100))))
                .isEqualByComparingTo(max.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP));
        // just below: 79 of 100 is 79/80 of the points, not the full points
        assertThat(points(r.score(inputs(r, 79, 100)))).isLessThan(max);
        assertThat(points(r.score(inputs(r, 0, 100)))).isEqualByComparingTo("0.00");

        IndicatorScore missingNumerator = r.score(IndexInputs.none().with(r.denominator(), 100));
        assertThat(missingNumerator).isInstanceOf(IndicatorScore.NoData.class);
        assertThat(((IndicatorScore.NoData) missingNumerator).missing()).containsExactly(r.numerator());
        assertThat(missingNumerator.measurable()).isFalse();
        IndicatorScore missingBoth = r.score(IndexInputs.none());
        assertThat(((IndicatorScore.NoData) missingBoth).missing()).containsExactly(r.numerator(), r.denominator());
        assertThat(r.score(inputs(r, 0, 0))).isInstanceOf(IndicatorScore.NothingToMeasure.class);
    }

    @Test
    void the_threshold_is_compared_with_the_exact_ratio_not_the_rounded_percent() {
        IndicatorRule onTime = RULES.indicator("2a").withThreshold(BigDecimal.valueOf(95));
        // 949/999 = 94.99..% shows as 95.0 % but is below 95 %
        IndicatorScore.Scored s = (IndicatorScore.Scored) onTime.score(inputs(onTime, 949, 999));
        assertThat(s.percent()).isEqualByComparingTo("95.0");
        assertThat(s.points()).isEqualByComparingTo("20.00"); // 19.9989… rounds to 20.00 at two decimals
        assertThat(s.points().compareTo(onTime.maxPoints()) <= 0).isTrue();
        IndicatorScore.Scored below = (IndicatorScore.Scored) onTime.score(inputs(onTime, 900, 1000));
        assertThat(below.points()).isEqualByComparingTo("18.95"); // 20 × 90 / 95
    }

    @Test
    void the_decisions_groups_are_worth_100_points_and_each_group_its_maximum() {
        assertThat(ServiceIndex.of(RULES, IndexInputs.none()).maxPoints()).isEqualByComparingTo("100");
        for (IndexGroup g : IndexGroup.values()) {
            assertThat(RULES.indicators().stream().filter(i -> i.group() == g).map(IndicatorRule::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(g.maxPoints());
        }
        assertThat(IndexGroup.TRANSPARENCY.maxPoints()).isEqualByComparingTo("18");
        assertThat(IndexGroup.PROGRESS.maxPoints()).isEqualByComparingTo("20");
        assertThat(IndexGroup.ONLINE.maxPoints()).isEqualByComparingTo("22");
        assertThat(IndexGroup.SATISFACTION.maxPoints()).isEqualByComparingTo("18");
        assertThat(IndexGroup.DIGITIZATION.maxPoints()).isEqualByComparingTo("22");
    }

    @Test
    void phu_thinh_scores_what_is_measurable_and_not_a_fake_100_point_score() {
        HandlingFigures phuThinh = HandlingFigures.builder(UnitId.of(java.util.UUID.randomUUID().toString()),
                        Period.of(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2022, 12, 30)),
                        FiguresSource.SELF_REPORTED)
                .received(1062).early(976).onTime(44).late(42).receivedOnline(58).build();

        ServiceIndex index = ServiceIndex.of(RULES, IndexInputs.fromFigures(phuThinh));

        // 2a: 1,020 of 1,062 resolved early or on time = 96.0 % → 20 × 1020/1062 = 19.21 of 20
        // 3b: 58 of 1,062 received online = 5.5 % → 6 × 58/1062 = 0.33 of 6
        assertThat(index.measurablePoints()).isEqualByComparingTo("26.00");
        assertThat(index.points()).isEqualByComparingTo("19.54");
        assertThat(index.scores()).filteredOn(IndicatorScore::measurable).extracting(s -> s.rule().code())
                .containsExactly("2a", "3b");
        assertThat(index.group(IndexGroup.SATISFACTION)).allMatch(s -> s instanceof IndicatorScore.NoData);
        assertThat(index.groupMeasurablePoints(IndexGroup.DIGITIZATION)).isEqualByComparingTo("0");
    }

    @Test
    void a_dossier_column_added_later_feeds_its_indicator_without_other_changes() {
        IndexInputs withResults = IndexInputs.none().with(IndexInput.RESOLVED, 200)
                .with(IndexInput.RESOLVED_WITHIN_DEADLINE, 200).with(IndexInput.RESULTS_ELECTRONIC, 50);

        ServiceIndex index = ServiceIndex.of(RULES, withResults);

        assertThat(index.measurablePoints()).isEqualByComparingTo("28"); // 2a (20) + 5a (8)
        assertThat(index.points()).isEqualByComparingTo("22.00");        // 20 + 8 × 25 %
    }

    /**
     * Decision 052: figures counted from dossier records carry the results digitized, and 5a reads them; with the
     * threshold set to 90 %: at it full points, above it full points, below it proportional; not reported (an export
     * without the column, or a row that does not say): no data, never 0 points.
     */
    @Test
    void indicator_5a_from_figures_at_above_and_below_its_threshold_and_without_the_count() {
        ServiceIndexRules rules = RULES.withSettings(Map.of("5a.threshold", "90"));
        java.util.function.Function<vn.giamsat.domain.figures.Count, IndicatorScore> score = digitized ->
                ServiceIndex.of(rules, IndexInputs.fromFigures(HandlingFigures.builder(
                                UnitId.of(java.util.UUID.randomUUID().toString()),
                                Period.year(2024), FiguresSource.COMPUTED_FROM_DOSSIERS)
                        .received(1000).early(600).onTime(300).late(100).resultsDigitized(digitized).build()))
                        .scores().stream().filter(s -> s.rule().code().equals("5a")).findFirst().orElseThrow();

        assertThat(points(score.apply(vn.giamsat.domain.figures.Count.of(900)))).isEqualByComparingTo("8.00");
        assertThat(points(score.apply(vn.giamsat.domain.figures.Count.of(950)))).isEqualByComparingTo("8.00");
        assertThat(points(score.apply(vn.giamsat.domain.figures.Count.of(720)))).isEqualByComparingTo("6.40"); // 8 × 72/90
        assertThat(points(score.apply(vn.giamsat.domain.figures.Count.of(899)))).isLessThan(new BigDecimal("8.00"));
        IndicatorScore missing = score.apply(vn.giamsat.domain.figures.Count.notReported());
        assertThat(missing).isInstanceOf(IndicatorScore.NoData.class);
        assertThat(((IndicatorScore.NoData) missing).missing()).containsExactly(IndexInput.RESULTS_ELECTRONIC);
    }

    @Test
    void settings_change_thresholds_and_points_and_mark_them_unverified_but_keep_each_group_whole() {
        ServiceIndexRules set = RULES.withSettings(Map.of("2a.threshold", "95", "5a.points", "10", "5b.points", "6"));

        assertThat(set.indicator("2a").thresholdPercent()).isEqualByComparingTo("95");
        assertThat(set.indicator("2a").pointsVerified()).isTrue();
        assertThat(set.indicator("2a").thresholdVerified()).isFalse();
        assertThat(set.indicator("5a").maxPoints()).isEqualByComparingTo("10");
        assertThat(set.indicator("5a").pointsVerified()).isFalse();
        assertThatThrownBy(() -> RULES.withSettings(Map.of("5a.points", "10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Số hóa hồ sơ");
        assertThatThrownBy(() -> RULES.withSettings(Map.of("2a.threshold", "0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.withSettings(Map.of("2a.threshold", "101")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_numerator_above_its_denominator_is_refused_not_capped() {
        IndicatorRule r = RULES.indicator("3b");
        assertThatThrownBy(() -> r.score(inputs(r, 11, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    private static IndexInputs inputs(IndicatorRule r, long numerator, long denominator) {
        return IndexInputs.none().with(r.numerator(), numerator).with(r.denominator(), denominator);
    }

    private static BigDecimal points(IndicatorScore s) {
        assertThat(s).isInstanceOf(IndicatorScore.Scored.class);
        return ((IndicatorScore.Scored) s).points();
    }
}
