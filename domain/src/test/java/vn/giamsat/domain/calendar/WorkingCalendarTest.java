package vn.giamsat.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;

class WorkingCalendarTest {
    /** Tết 2024: Thursday 8 Feb to Wednesday 14 Feb off; 30/4–1/5 with Monday 29/4 off, made up on Saturday 4/5. */
    private static WorkingCalendar calendar2024() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            days.add(CalendarDay.holiday(d, "Tết Nguyên đán"));
        }
        days.add(CalendarDay.holiday(LocalDate.of(2024, 4, 29), "Nghỉ hoán đổi"));
        days.add(CalendarDay.holiday(LocalDate.of(2024, 4, 30), "Ngày Chiến thắng"));
        days.add(CalendarDay.holiday(LocalDate.of(2024, 5, 1), "Quốc tế Lao động"));
        days.add(CalendarDay.makeUpWorkingDay(LocalDate.of(2024, 5, 4), "Làm bù cho 29/4"));
        return WorkingCalendar.of(days);
    }

    @Test
    void aDeadlineSkipsWeekends() {
        WorkingCalendar weekends = WorkingCalendar.weekendsOnly();
        // Received Thursday 4 Jan 2024, 3 working days: Fri 5, Mon 8, Tue 9.
        assertThat(weekends.addWorkingDays(LocalDate.of(2024, 1, 4), 3)).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void aDeadlineSkipsTheLunarNewYear() {
        // Received Wednesday 7 Feb 2024, 2 working days: Thu 8 .. Wed 14 off, so Thu 15 and Fri 16.
        assertThat(calendar2024().addWorkingDays(LocalDate.of(2024, 2, 7), 2)).isEqualTo(LocalDate.of(2024, 2, 16));
        // Without the holidays the same dossier would be due on Friday 9.
        assertThat(WorkingCalendar.weekendsOnly().addWorkingDays(LocalDate.of(2024, 2, 7), 2))
                .isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        WorkingCalendar c = calendar2024();
        assertThat(c.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2024, 5, 5))).isFalse();
        // Received Friday 26 Apr, 2 working days: Mon 29, Tue 30, Wed 1 off; Thu 2, Fri 3.
        assertThat(c.addWorkingDays(LocalDate.of(2024, 4, 26), 2)).isEqualTo(LocalDate.of(2024, 5, 3));
        // Received Friday 3 May, 1 working day: the make-up Saturday.
        assertThat(c.addWorkingDays(LocalDate.of(2024, 5, 3), 1)).isEqualTo(LocalDate.of(2024, 5, 4));
    }

    @Test
    void aDeadlineOnADayOffEndsOnTheNextWorkingDay() {
        WorkingCalendar c = calendar2024();
        assertThat(c.onOrAfter(LocalDate.of(2024, 2, 10))).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(c.onOrAfter(LocalDate.of(2024, 2, 15))).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(c.addWorkingDays(LocalDate.of(2024, 2, 10), 0)).isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        assertThat(calendar2024().workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 16))).isEqualTo(2);
        assertThat(calendar2024().workingDaysBetween(LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 7))).isZero();
    }

    @Test
    void refusesADayThatIsBothOffAndMadeUp() {
        LocalDate d = LocalDate.of(2024, 5, 4);
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(CalendarDay.holiday(d, "x"), CalendarDay.makeUpWorkingDay(d, "y"))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("2024-05-04");
        assertThatThrownBy(() -> WorkingCalendar.weekendsOnly().addWorkingDays(d, -1))
                .isInstanceOf(DomainRuleViolation.class);
    }
    @Test
    void aMondayMadeAHolidayMovesTheDeadlinesDueFromTheSaturdayBefore() {
        WorkingCalendar before = WorkingCalendar.weekendsOnly();
        LocalDate monday = LocalDate.of(2024, 3, 11);
        WorkingCalendar after = WorkingCalendar.of(List.of(CalendarDay.holiday(monday, "Nghỉ")));
        // Due Saturday 9: the last day was Monday 11, now Tuesday 12; due Friday 8 ends on Friday in both.
        assertThat(before.dueDatesAffectedBy(monday, after))
                .contains(vn.giamsat.domain.common.Period.of(LocalDate.of(2024, 3, 9), monday));
        assertThat(after.onOrAfter(LocalDate.of(2024, 3, 9))).isEqualTo(LocalDate.of(2024, 3, 12));
        // Removing it again is the same window, seen from the other side.
        assertThat(after.dueDatesAffectedBy(monday, before))
                .contains(vn.giamsat.domain.common.Period.of(LocalDate.of(2024, 3, 9), monday));
    }

    @Test
    void aDayAfterTheLunarNewYearReachesBackOverTheWholeBreak() {
        // Thursday 15 Feb 2024 made a day off: every deadline due from Thursday 8 (first Tết day; Wednesday 7 works)
        // to Thursday 15 ended on Thursday 15 and now ends on Friday 16.
        LocalDate thursday = LocalDate.of(2024, 2, 15);
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            days.add(CalendarDay.holiday(d, "Tết Nguyên đán"));
        }
        WorkingCalendar before = WorkingCalendar.of(days);
        days.add(CalendarDay.holiday(thursday, "Nghỉ thêm"));
        WorkingCalendar after = WorkingCalendar.of(days);
        assertThat(before.dueDatesAffectedBy(thursday, after))
                .contains(vn.giamsat.domain.common.Period.of(LocalDate.of(2024, 2, 8), thursday));
    }

    @Test
    void aSaturdayMadeAWorkingDayShortensDeadlinesDueThatDay() {
        LocalDate saturday = LocalDate.of(2024, 5, 4);
        WorkingCalendar after = WorkingCalendar.of(List.of(CalendarDay.makeUpWorkingDay(saturday, "Làm bù")));
        // The Friday before works: only deadlines due on the Saturday itself move (from Monday 6 back to Saturday 4).
        assertThat(WorkingCalendar.weekendsOnly().dueDatesAffectedBy(saturday, after))
                .contains(vn.giamsat.domain.common.Period.of(saturday, saturday));
        assertThat(after.onOrAfter(saturday)).isEqualTo(saturday);
    }

    @Test
    void anEditThatLeavesTheDayAsItWasMovesNoDeadline() {
        LocalDate monday = LocalDate.of(2024, 2, 12);
        WorkingCalendar tet = WorkingCalendar.of(List.of(CalendarDay.holiday(monday, "Tết")));
        WorkingCalendar renamed = WorkingCalendar.of(List.of(CalendarDay.holiday(monday, "Tết Nguyên đán")));
        assertThat(tet.dueDatesAffectedBy(monday, renamed)).isEmpty();
        // A holiday listed on a Sunday changes nothing either: Sunday is a day off anyway.
        LocalDate sunday = LocalDate.of(2024, 2, 11);
        assertThat(WorkingCalendar.weekendsOnly().dueDatesAffectedBy(sunday,
                WorkingCalendar.of(List.of(CalendarDay.holiday(sunday, "Tết"))))).isEmpty();
    }
}
