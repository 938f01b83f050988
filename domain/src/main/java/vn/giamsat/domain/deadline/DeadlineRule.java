package vn.giamsat.domain.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import vn.giamsat.domain.calendar.WorkingTime;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * How a procedure's deadline is counted (docs/deadline-rules.md): its time limit and, when the procedure says so,
 * the rule "a dossier received after {@code nextWorkingDayAfter} (15:00 for the certification procedures), or on a
 * day off, is counted from the next working day".
 *
 * <ul>
 *   <li>Working days: the due moment is the close of the N-th working day after the start day (the day of receipt,
 *       or the next working day under the rule). 0 days: the close of the start day (a Saturday morning when the
 *       province receives then), or of the next working day when the start day is a day off.</li>
 *   <li>Half days: the end of the N-th session (morning or afternoon) that starts at or after the start moment.</li>
 *   <li>Working hours: N hours of working time from the start moment, skipping lunch, evenings and days off.</li>
 * </ul>
 * Without the rule, the start is the moment of receipt whatever its hour or day: what {@code Procedure.dueAt} has
 * always done, so stored data keeps its due dates.
 *
 * @param nextWorkingDayAfter {@code null} when the procedure has no such rule
 */
public record DeadlineRule(TimeLimit limit, LocalTime nextWorkingDayAfter) {
    public DeadlineRule {
        if (limit == null) {
            throw new DomainRuleViolation(Reason.of(DeadlineReasons.TIME_LIMIT,
                    "Thiếu thời hạn giải quyết.", "The time limit is missing."));
        }
    }

    /** The rule every procedure had before issue 16: the limit alone, counted from the moment of receipt. */
    public static DeadlineRule of(TimeLimit limit) {
        return new DeadlineRule(limit, null);
    }

    /** The same limit, counted from the next working day for a dossier received after {@code cutOff}. */
    public DeadlineRule countingFromNextWorkingDayAfter(LocalTime cutOff) {
        return new DeadlineRule(limit, cutOff);
    }

    /** Hạn giải quyết of a dossier received at {@code receivedAt}. */
    public LocalDateTime dueAt(LocalDateTime receivedAt, WorkingTime time) {
        return dueAt(receivedAt, List.of(), time);
    }

    /** The due moment, moved later by the working time inside {@code pauses} (waiting for supplements). */
    public LocalDateTime dueAt(LocalDateTime receivedAt, List<Pause> pauses, WorkingTime time) {
        LocalDateTime due = unpausedDueAt(receivedAt, time);
        long paused = 0;
        for (Pause p : pauses) {
            paused += time.workingMinutesBetween(p.from(), p.to());
        }
        return time.plusWorkingMinutes(due, paused);
    }

    private LocalDateTime unpausedDueAt(LocalDateTime receivedAt, WorkingTime time) {
        boolean nextDay = countsFromNextWorkingDay(receivedAt, time);
        LocalDate startDay = nextDay
                ? time.calendar().onOrAfter(receivedAt.toLocalDate().plusDays(1))
                : receivedAt.toLocalDate();
        LocalDateTime startMoment = nextDay ? startDay.atStartOfDay() : receivedAt;
        return switch (limit.unit()) {
            case WORKING_DAYS -> {
                if (limit.amount() == 0 && !time.sessions(startDay).isEmpty()) {
                    yield time.closing(startDay);
                }
                LocalDate last = time.calendar().addWorkingDays(startDay, limit.amount());
                yield last.atTime(time.hours().afternoonTo());
            }
            case HALF_DAYS -> time.endOfNthSessionFrom(startMoment, limit.amount());
            case WORKING_HOURS -> time.plusWorkingMinutes(startMoment, limit.amount() * 60L);
        };
    }

    /**
     * Received after the cut-off ("sau 15 giờ": 15:00 itself is not after it), at or after the day's last session
     * ends, or on a day without sessions.
     */
    private boolean countsFromNextWorkingDay(LocalDateTime receivedAt, WorkingTime time) {
        if (nextWorkingDayAfter == null) {
            return false;
        }
        LocalDate day = receivedAt.toLocalDate();
        if (time.sessions(day).isEmpty()) {
            return true;
        }
        return receivedAt.toLocalTime().isAfter(nextWorkingDayAfter) || !receivedAt.isBefore(time.closing(day));
    }
}
