package vn.giamsat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Report periods: the data cut-off periods of the periodic-report rules (15th to 14th) and calendar periods. */
class ReportPeriodTest {
    private static Period p(int y1, int m1, int d1, int y2, int m2, int d2) {
        return Period.of(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2));
    }

    @Test
    void aMonthRunsFromThe15thOfThePreviousMonthToThe14th() {
        assertThat(ReportPeriod.month(2024, 3).period()).isEqualTo(p(2024, 2, 15, 2024, 3, 14));
    }

    @Test
    void januaryStartsInDecemberOfThePreviousYear() {
        assertThat(ReportPeriod.month(2024, 1).period()).isEqualTo(p(2023, 12, 15, 2024, 1, 14));
    }

    @Test
    void theMonthAfterFebruaryHoldsTheLeapDayInALeapYearOnly() {
        // 15/02–14/03: 29 days in 2024 (29 February), 28 in 2023.
        Period leap = ReportPeriod.month(2024, 3).period();
        Period common = ReportPeriod.month(2023, 3).period();
        assertThat(leap.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(leap.to().toEpochDay() - leap.from().toEpochDay() + 1).isEqualTo(29);
        assertThat(common.to().toEpochDay() - common.from().toEpochDay() + 1).isEqualTo(28);
    }

    @Test
    void quarterHalfYearNineMonthsAndYearStartOn15December() {
        assertThat(ReportPeriod.quarter(2024, 1).period()).isEqualTo(p(2023, 12, 15, 2024, 3, 14));
        assertThat(ReportPeriod.quarter(2024, 2).period()).isEqualTo(p(2024, 3, 15, 2024, 6, 14));
        assertThat(ReportPeriod.quarter(2024, 4).period()).isEqualTo(p(2024, 9, 15, 2024, 12, 14));
        assertThat(ReportPeriod.halfYear(2024, 1).period()).isEqualTo(p(2023, 12, 15, 2024, 6, 14));
        assertThat(ReportPeriod.halfYear(2024, 2).period()).isEqualTo(p(2024, 6, 15, 2024, 12, 14));
        assertThat(ReportPeriod.nineMonths(2024).period()).isEqualTo(p(2023, 12, 15, 2024, 9, 14));
        assertThat(ReportPeriod.year(2024).period()).isEqualTo(p(2023, 12, 15, 2024, 12, 14));
    }

    @Test
    void consecutiveMonthsTileTheYearWithoutGapOrOverlap() {
        LocalDate next = ReportPeriod.year(2024).period().from();
        for (int m = 1; m <= 12; m++) {
            Period month = ReportPeriod.month(2024, m).period();
            assertThat(month.from()).isEqualTo(next);
            next = month.to().plusDays(1);
        }
        assertThat(next.minusDays(1)).isEqualTo(ReportPeriod.year(2024).period().to());
        // The year after starts the next day: 15/12/2024.
        assertThat(ReportPeriod.year(2025).period().from()).isEqualTo(LocalDate.of(2024, 12, 15));
    }

    @Test
    void calendarVariantRunsFromTheFirstToTheLastDay() {
        assertThat(ReportPeriod.calendarMonth(2024, 2).period()).isEqualTo(p(2024, 2, 1, 2024, 2, 29));
        assertThat(ReportPeriod.calendarMonth(2023, 2).period()).isEqualTo(p(2023, 2, 1, 2023, 2, 28));
        assertThat(ReportPeriod.calendarQuarter(2024, 4).period()).isEqualTo(p(2024, 10, 1, 2024, 12, 31));
        assertThat(ReportPeriod.of(ReportPeriod.Kind.HALF_YEAR, 2024, 1, ReportPeriod.Basis.CALENDAR).period())
                .isEqualTo(p(2024, 1, 1, 2024, 6, 30));
        assertThat(ReportPeriod.of(ReportPeriod.Kind.YEAR, 2024, 1, ReportPeriod.Basis.CALENDAR).period())
                .isEqualTo(Period.year(2024));
    }

    @Test
    void theCutOffDayIsASetting() {
        // A province that closes its figures on the 20th: 20/02–19/03.
        assertThat(ReportPeriod.of(ReportPeriod.Kind.MONTH, 2024, 3, ReportPeriod.Basis.DATA_CUT_OFF, 20).period())
                .isEqualTo(p(2024, 2, 20, 2024, 3, 19));
    }

    @Test
    void invalidNumbersAndCutOffDaysAreRefused() {
        assertThatThrownBy(() -> ReportPeriod.month(2024, 13)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("kỳ báo cáo");
        assertThatThrownBy(() -> ReportPeriod.quarter(2024, 0)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> ReportPeriod.of(ReportPeriod.Kind.MONTH, 2024, 3, ReportPeriod.Basis.DATA_CUT_OFF, 29))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void labelsSayWhichPeriodInVietnamese() {
        assertThat(ReportPeriod.quarter(2024, 1).label()).isEqualTo("Quý 1/2024 (15/12/2023 – 14/03/2024)");
        assertThat(ReportPeriod.calendarMonth(2024, 2).label()).isEqualTo("Tháng 2/2024 (01/02/2024 – 29/02/2024)");
    }
}
