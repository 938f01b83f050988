package vn.giamsat.application.calendar.port.out;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;

/** The stored days off and make-up working days. */
public interface WorkingCalendarPort {
    List<CalendarDay> all();

    List<CalendarDay> between(LocalDate from, LocalDate to);

    void save(CalendarDay day);

    void delete(LocalDate day);

    /**
     * Takes the calendar for an edit until the caller's transaction ends; waits for another edit being stored. Answers
     * false, without waiting, while an import holds it ({@link #holdForImport()}): that import judges with the
     * calendar it read, and would miss the edit.
     */
    boolean tryLockForEdit();

    /**
     * Reads the calendar an import judges with and keeps it from being edited until the hold is closed (the import
     * ended). Imports share the hold; an edit running at that moment is waited for, so the import reads its result.
     */
    HeldCalendar holdForImport();

    /** The calendar as read for one import; closing it lets edits in again. */
    interface HeldCalendar extends AutoCloseable {
        WorkingCalendar calendar();

        @Override
        void close();
    }

    /**
     * Office hours and Saturday-morning reception of a province (issue 16, rule D4/D5 of docs/deadline-rules.md);
     * empty: the standard hours. A default so that a calendar without them (tests, tools) needs nothing.
     */
    default java.util.Optional<vn.giamsat.domain.calendar.WorkingHours> workingHours(String provinceCode) {
        return java.util.Optional.empty();
    }

    default void saveWorkingHours(String provinceCode, vn.giamsat.domain.calendar.WorkingHours hours) {
        throw new UnsupportedOperationException("This calendar stores no working hours");
    }
}
