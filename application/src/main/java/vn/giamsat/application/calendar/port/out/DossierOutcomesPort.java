package vn.giamsat.application.calendar.port.out;

import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.model.CalendarEditProgress;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;

/**
 * The outcomes of imported dossiers, judged again after the calendar changed. Joins the caller's transaction: the
 * edit of the calendar and the outcomes it moves are stored together or not at all.
 */
public interface DossierOutcomesPort {
    /**
     * Judges again, with {@code calendar} and each import's own as-of day, every imported dossier (of every import)
     * due within {@code dueDates}; stores the outcomes that changed and moves the computed figures with them.
     */
    CalendarEdit judgeAgain(Period dueDates, WorkingCalendar calendar);

    /**
     * As {@link #judgeAgain(Period, WorkingCalendar)}, knowing also the calendar the stored outcomes were judged
     * with ({@code before}): an adapter may then move its figures by difference, reading only the dossiers due in
     * {@code dueDates} (decision 044). Without it, the figures are counted again.
     */
    default CalendarEdit judgeAgain(Period dueDates, WorkingCalendar before, WorkingCalendar after) {
        return judgeAgain(dueDates, after);
    }

    /**
     * As {@link #judgeAgain(Period, WorkingCalendar, WorkingCalendar)}, telling {@code progress} how far it is (on
     * the caller's thread, in its transaction). An adapter that cannot tell just does the work.
     */
    default CalendarEdit judgeAgain(Period dueDates, WorkingCalendar before, WorkingCalendar after,
                                    CalendarEditProgress progress) {
        return judgeAgain(dueDates, before, after);
    }
}
