package vn.giamsat.domain.dossier;

import java.time.LocalDate;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * Early / on time / late, decided against the working-day calendar. Dates, not times of day, decide: offices
 * count days, and exports disagree on the hour a deadline ends.
 */
public final class OutcomePolicy {
    private OutcomePolicy() {}

    public static Outcome outcome(boolean withdrawn, LocalDate due, LocalDate resolved, LocalDate asOf,
                                  WorkingCalendar calendar) {
        if (withdrawn) {
            return Outcome.WITHDRAWN;
        }
        LocalDate lastDay = calendar.onOrAfter(due);
        if (resolved != null) {
            if (resolved.isAfter(lastDay)) {
                return Outcome.LATE;
            }
            return resolved.isBefore(due) ? Outcome.EARLY : Outcome.ON_TIME;
        }
        return asOf.isAfter(lastDay) ? Outcome.IN_PROGRESS_OVERDUE : Outcome.IN_PROGRESS_WITHIN_DEADLINE;
    }
}
