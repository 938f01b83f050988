package vn.giamsat.admin.imports.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;

/** The quick period choices and the whole months a period's computed figures cover. */
class QuickPeriodTest {

    @Test
    void offers_the_recent_years_quarters_and_months_newest_first_with_whole_bounds() {
        List<QuickPeriod> choices = QuickPeriod.upTo(LocalDate.of(2026, 11, 26));

        assertThat(choices).hasSize(5 + 8 + 12 + 4 + 2);
        assertThat(choices.getFirst().period()).isEqualTo(Period.year(2026));
        assertThat(choices.get(4).period()).isEqualTo(Period.year(2022));
        QuickPeriod q4 = choices.get(5);
        assertThat(q4.kind()).isEqualTo(QuickPeriod.Kind.QUARTER);
        assertThat(q4.number()).isEqualTo(4);
        assertThat(q4.period()).isEqualTo(Period.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        QuickPeriod lastQuarter = choices.get(12);
        assertThat(lastQuarter.number()).isEqualTo(1);
        assertThat(lastQuarter.year()).isEqualTo(2025);
        QuickPeriod february = choices.stream().filter(c -> c.kind() == QuickPeriod.Kind.MONTH && c.number() == 2)
                .findFirst().orElseThrow();
        assertThat(february.period()).isEqualTo(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(choices.get(24).period().from()).isEqualTo(LocalDate.of(2025, 12, 1));
        // Then the periods of the periodic reports that are neither: half years and nine months.
        assertThat(choices.get(25).period()).isEqualTo(Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
        assertThat(choices.getLast().period()).isEqualTo(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30)));
    }

    @Test
    void a_period_inside_months_is_counted_over_the_whole_months_it_touches() {
        assertThat(QuickPeriod.wholeMonths(Period.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 20))))
                .isEqualTo(Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31)));
        assertThat(QuickPeriod.wholeMonths(Period.year(2024))).isEqualTo(Period.year(2024));
    }

    @Test
    void on_the_data_cut_off_basis_periods_run_from_the_15th_and_the_one_holding_today_comes_first() {
        List<QuickPeriod> choices = QuickPeriod.upTo(LocalDate.of(2026, 12, 20), ReportPeriod.Basis.DATA_CUT_OFF);

        assertThat(choices.getFirst().period()).as("year 2027 started on 15/12/2026")
                .isEqualTo(Period.of(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 12, 14)));
        assertThat(choices.get(5).period()).as("quarter 1/2027")
                .isEqualTo(Period.of(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 3, 14)));
        QuickPeriod march = choices.stream().filter(c -> c.kind() == QuickPeriod.Kind.MONTH && c.number() == 3)
                .findFirst().orElseThrow();
        assertThat(march.period()).isEqualTo(Period.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 14)));
        assertThat(QuickPeriod.matching(march.period())).contains(march);
        assertThat(QuickPeriod.matching(Period.year(2024)).orElseThrow().on(ReportPeriod.Basis.DATA_CUT_OFF).period())
                .isEqualTo(Period.of(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14)));
        assertThat(QuickPeriod.matching(Period.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 20)))).isEmpty();
    }
}
