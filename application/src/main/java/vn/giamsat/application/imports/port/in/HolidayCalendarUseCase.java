package vn.giamsat.application.imports.port.in;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;

/** The days off and make-up working days an admin keeps up to date each year. */
public interface HolidayCalendarUseCase {
    List<CalendarDay> daysOf(int year);

    /** Adds or replaces the entry for that day. */
    void save(CalendarDay day);

    void remove(LocalDate day);

    WorkingCalendar calendar();
}
