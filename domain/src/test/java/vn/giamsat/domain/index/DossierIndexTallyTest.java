package vn.giamsat.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.figures.Count;

/** Index inputs counted from dossier records: the "result digitized" column makes 5a measurable, and only it. */
class DossierIndexTallyTest {
    private static final ServiceIndexRules RULES = ServiceIndexRules.defaults();

    private static DossierIndexTally.Dossier resolved(boolean inTime, Boolean digitized) {
        return new DossierIndexTally.Dossier(false, false, true, inTime, digitized);
    }

    @Test
    void with_the_result_flag_on_every_resolved_dossier_5a_is_scored_from_it_beside_2a_and_3b() {
        DossierIndexTally tally = new DossierIndexTally()
                .add(resolved(true, true)).add(resolved(true, false)).add(resolved(false, true))
                .add(new DossierIndexTally.Dossier(true, false, true, true, true))
                .add(new DossierIndexTally.Dossier(true, true, false, false, null)) // withdrawn: no flag needed
                .add(new DossierIndexTally.Dossier(false, false, false, false, null)); // in progress
        ServiceIndex index = ServiceIndex.of(RULES, tally.inputs());

        assertThat(index.scores().stream().filter(IndicatorScore::measurable).map(s -> s.rule().code()))
                .containsExactly("2a", "3b", "5a");
        IndicatorScore.Scored results = (IndicatorScore.Scored) score(index, "5a");
        assertThat(results.numerator()).isEqualTo(3);
        assertThat(results.denominator()).isEqualTo(4);
        assertThat(results.points()).isEqualByComparingTo("6.00"); // 8 points × 3/4 at the default 100 % threshold
        assertThat(index.measurablePoints()).isEqualByComparingTo(BigDecimal.valueOf(20 + 6 + 8));
        // the fee flag is not counted: 3c needs the dossiers with a fee, which the export does not say
        assertThat(score(index, "3c")).isInstanceOf(IndicatorScore.NoData.class);
    }

    @Test
    void one_resolved_dossier_the_export_says_nothing_about_leaves_5a_without_data_never_a_no() {
        DossierIndexTally tally = new DossierIndexTally().add(resolved(true, true)).add(resolved(true, null));

        assertThat(tally.inputs().get(IndexInput.RESULTS_ELECTRONIC)).isEqualTo(Count.notReported());
        assertThat(score(ServiceIndex.of(RULES, tally.inputs()), "5a")).isInstanceOf(IndicatorScore.NoData.class);
    }

    @Test
    void with_nothing_resolved_yet_5a_has_nothing_to_measure_rather_than_zero_points() {
        DossierIndexTally tally = new DossierIndexTally().add(new DossierIndexTally.Dossier(false, false, false, false, null));

        assertThat(score(ServiceIndex.of(RULES, tally.inputs()), "5a")).isInstanceOf(IndicatorScore.NothingToMeasure.class);
    }

    @Test
    void a_dossier_cannot_be_both_withdrawn_and_resolved_nor_in_time_without_being_resolved() {
        assertThatThrownBy(() -> new DossierIndexTally.Dossier(false, true, true, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DossierIndexTally.Dossier(false, false, false, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static IndicatorScore score(ServiceIndex index, String code) {
        return index.scores().stream().filter(s -> s.rule().code().equals(code)).findFirst().orElseThrow();
    }
}
