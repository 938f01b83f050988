package vn.giamsat.application.imports.port.out;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.calendar.CalendarDay;

/** The stored days off and make-up working days. */
public interface WorkingCalendarPort {
    List<CalendarDay> all();

    List<CalendarDay> between(LocalDate from, LocalDate to);

    void save(CalendarDay day);

    void delete(LocalDate day);
}
