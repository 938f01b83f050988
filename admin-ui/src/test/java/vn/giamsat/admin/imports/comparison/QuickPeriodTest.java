package vn.giamsat.admin.imports.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.Period;

/** The quick period choices and the whole months a period's computed figures cover. */
class QuickPeriodTest {

    @Test
    void offers_the_recent_years_quarters_and_months_newest_first_with_whole_bounds() {
        List<QuickPeriod> choices = QuickPeriod.upTo(LocalDate.of(2026, 11, 26));

        assertThat(choices).hasSize(5 + 8 + 12);
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
        assertThat(choices.getLast().period().from()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void a_period_inside_months_is_counted_over_the_whole_months_it_touches() {
        assertThat(QuickPeriod.wholeMonths(Period.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 20))))
                .isEqualTo(Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31)));
        assertThat(QuickPeriod.wholeMonths(Period.year(2024))).isEqualTo(Period.year(2024));
    }
}
