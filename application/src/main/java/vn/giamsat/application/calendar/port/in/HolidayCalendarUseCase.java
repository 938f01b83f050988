package vn.giamsat.application.calendar.port.in;

import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.model.CalendarEditProgress;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;

/** The days off and make-up working days an admin keeps up to date each year. */
public interface HolidayCalendarUseCase {
    List<CalendarDay> daysOf(int year);

    /** Adds or replaces the entry for that day, and judges again the imported dossiers it affects. */
    default CalendarEdit save(CalendarDay day) {
        return save(day, CalendarEditProgress.NONE);
    }

    /** As {@link #save(CalendarDay)}, telling {@code progress} how far the judging again is (on this thread). */
    CalendarEdit save(CalendarDay day, CalendarEditProgress progress);

    /** Makes the day an ordinary one again (working Monday to Friday), and judges again the dossiers it affects. */
    default CalendarEdit remove(LocalDate day) {
        return remove(day, CalendarEditProgress.NONE);
    }

    /** As {@link #remove(LocalDate)}, telling {@code progress} how far the judging again is (on this thread). */
    CalendarEdit remove(LocalDate day, CalendarEditProgress progress);

    WorkingCalendar calendar();

    /** A province's office hours and Saturday-morning reception (the standard ones when none are stored). */
    vn.giamsat.domain.calendar.WorkingHours workingHours(vn.giamsat.domain.unit.UnitCode province);

    /** Stores them (admins); dossiers imported afterwards count their hour and half-day deadlines with them. */
    void saveWorkingHours(vn.giamsat.domain.unit.UnitCode province, vn.giamsat.domain.calendar.WorkingHours hours);
}
