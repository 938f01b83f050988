package vn.giamsat.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.unit.UnitTier;

/** "Due date in working days": the legal due date of a dossier whose file gives none. */
class ProcedureDueDateTest {
    private static Procedure withLimit(Integer days) {
        return new Procedure(ProcedureCode.of("1.001"), "Đăng ký khai sinh", "Hộ tịch", UnitTier.COMMUNE, days,
                "Không", List.of(), null, null, OnlineMode.FULL, true, null);
    }

    private static WorkingCalendar tet2024() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            days.add(CalendarDay.holiday(d, "Tết Nguyên đán"));
        }
        return WorkingCalendar.of(days);
    }

    @Test
    void aDossierIsDueAtFiveInTheAfternoonOfTheLastWorkingDay() {
        // Received Thursday 4 Jan 2024 at 15:10, 3 working days: Fri 5, Mon 8, Tue 9 — due Tue 9 at 17:00.
        assertThat(withLimit(3).dueAt(LocalDateTime.of(2024, 1, 4, 15, 10), WorkingCalendar.weekendsOnly()))
                .contains(LocalDateTime.of(2024, 1, 9, 17, 0));
    }

    @Test
    void holidaysPushTheDueDateBack() {
        // Received Wednesday 7 Feb 2024, 2 working days: Tết from Thu 8 to Wed 14, so Thu 15 and Fri 16.
        assertThat(withLimit(2).dueAt(LocalDateTime.of(2024, 2, 7, 9, 0), tet2024()))
                .contains(LocalDateTime.of(2024, 2, 16, 17, 0));
        assertThat(Procedure.dueAt(LocalDateTime.of(2024, 2, 7, 9, 0), 2, WorkingCalendar.weekendsOnly()))
                .isEqualTo(LocalDateTime.of(2024, 2, 9, 17, 0));
    }

    @Test
    void aSameDayProcedureReceivedOnAHolidayIsDueOnTheNextWorkingDay() {
        assertThat(withLimit(0).dueAt(LocalDateTime.of(2024, 2, 10, 8, 0), tet2024()))
                .contains(LocalDateTime.of(2024, 2, 15, 17, 0));
    }

    @Test
    void aProcedureWithoutATimeLimitGivesNoDueDate() {
        assertThat(withLimit(null).dueAt(LocalDateTime.of(2024, 1, 4, 9, 0), WorkingCalendar.weekendsOnly()))
                .isEmpty();
    }
}
