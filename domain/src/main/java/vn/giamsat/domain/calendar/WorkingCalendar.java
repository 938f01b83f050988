package vn.giamsat.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;

/**
 * Working days of Vietnamese public offices: Monday to Friday, minus listed holidays, plus listed make-up
 * working days. Holidays are data, not computed: lunar New Year and the Hùng Kings' day move each year and the
 * government decides each year's days off and swaps, so nothing here knows the lunar calendar.
 */
public final class WorkingCalendar {
    private final Map<LocalDate, CalendarDay> exceptions;

    private WorkingCalendar(Map<LocalDate, CalendarDay> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public static WorkingCalendar of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> byDay = new HashMap<>();
        for (CalendarDay d : days) {
            CalendarDay earlier = byDay.putIfAbsent(d.day(), d);
            if (earlier != null && earlier.kind() != d.kind()) {
                throw new DomainRuleViolation(Reason.of(CalendarReasons.CONFLICT,
                        "Ngày " + d.day() + " vừa là ngày nghỉ vừa là ngày làm bù.",
                        "Day " + d.day() + " is listed both as a day off and as a make-up working day."));
            }
        }
        return new WorkingCalendar(byDay);
    }

    /** Weekends only: for tests and for a database whose holiday table is still empty. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDay listed = exceptions.get(day);
        if (listed != null) {
            return listed.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public Optional<CalendarDay> exception(LocalDate day) {
        return Optional.ofNullable(exceptions.get(day));
    }

    /**
     * The due date of a dossier received on {@code received} with a time limit of {@code workingDays}: the
     * {@code workingDays}-th working day after the day of receipt (the day of receipt itself does not count).
     * A limit of 0 means "within the day": the day of receipt, or the next working day if it is a day off.
     */
    public LocalDate addWorkingDays(LocalDate received, int workingDays) {
        if (workingDays < 0) {
            throw new DomainRuleViolation(Reason.of(CalendarReasons.NEGATIVE_LIMIT,
                    "Thời hạn giải quyết không được âm (" + workingDays + " ngày).",
                    "A time limit cannot be negative (" + workingDays + " days)."));
        }
        if (workingDays == 0) {
            return onOrAfter(received);
        }
        LocalDate day = received;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The last day that still meets a deadline falling on {@code due}: the due day itself, or the next working
     * day when the due day is a day off (a period ending on a day off ends on the next working day, Civil Code
     * 2015 art. 148).
     */
    public LocalDate onOrAfter(LocalDate due) {
        LocalDate day = due;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The due dates whose last day ({@link #onOrAfter}) may differ between this calendar and {@code edited}, a copy
     * of it in which only {@code day} was edited. Empty when the day is a working day in both or a day off in both
     * (a renamed holiday moves no deadline). Otherwise the day itself and the run of days off right before it: a
     * deadline falling in that run ends on the first working day after it, which is the day or lies beyond it
     * (due Saturday, Monday made a holiday: the last day moves from Monday to Tuesday). A deadline before the run
     * ends on a working day before the edited day and cannot move.
     */
    public Optional<Period> dueDatesAffectedBy(LocalDate day, WorkingCalendar edited) {
        if (isWorkingDay(day) == edited.isWorkingDay(day)) {
            return Optional.empty();
        }
        LocalDate from = day;
        // Both calendars, in case they differ elsewhere too: the window must hold for either.
        while (!isWorkingDay(from.minusDays(1)) || !edited.isWorkingDay(from.minusDays(1))) {
            from = from.minusDays(1);
        }
        return Optional.of(Period.of(from, day));
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
