package vn.giamsat.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Working time to the minute: the working days of a {@link WorkingCalendar} cut into the sessions (buổi) of its
 * {@link WorkingHours}. A working day has a morning and an afternoon; a Saturday that is not a listed day off has a
 * morning when the province receives on Saturday mornings; every other day has none.
 */
public record WorkingTime(WorkingCalendar calendar, WorkingHours hours) {
    /** Ten years of days: a search beyond that means an impossible calendar, not a long deadline. */
    private static final int MAX_DAYS = 3660;

    /** A morning or an afternoon: from included, to excluded. */
    public record Session(LocalDateTime from, LocalDateTime to) {
        long minutes() {
            return Duration.between(from, to).toMinutes();
        }
    }

    public WorkingTime {
        if (calendar == null || hours == null) {
            throw new IllegalArgumentException("calendar and hours are required");
        }
    }

    public static WorkingTime standard(WorkingCalendar calendar) {
        return new WorkingTime(calendar, WorkingHours.standard());
    }

    public List<Session> sessions(LocalDate day) {
        Session morning = new Session(day.atTime(hours.morningFrom()), day.atTime(hours.morningTo()));
        if (calendar.isWorkingDay(day)) {
            return List.of(morning, new Session(day.atTime(hours.afternoonFrom()), day.atTime(hours.afternoonTo())));
        }
        if (hours.saturdayMorning() && day.getDayOfWeek() == DayOfWeek.SATURDAY && calendar.exception(day).isEmpty()) {
            return List.of(morning);
        }
        return List.of();
    }

    /** The end of the last session of {@code day}; only for a day that has sessions. */
    public LocalDateTime closing(LocalDate day) {
        List<Session> s = sessions(day);
        return s.getLast().to();
    }

    /** The moment {@code minutes} working minutes after {@code from}; non-working time is skipped. */
    public LocalDateTime plusWorkingMinutes(LocalDateTime from, long minutes) {
        if (minutes < 0) {
            throw new DomainRuleViolation(Reason.of(CalendarReasons.NEGATIVE_LIMIT,
                    "Thời gian làm việc không được âm (" + minutes + " phút).",
                    "Working time cannot be negative (" + minutes + " minutes)."));
        }
        if (minutes == 0) {
            return from;
        }
        long left = minutes;
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Session s : sessions(day)) {
                if (!s.to().isAfter(from)) {
                    continue;
                }
                LocalDateTime start = s.from().isAfter(from) ? s.from() : from;
                long available = Duration.between(start, s.to()).toMinutes();
                if (left <= available) {
                    return start.plusMinutes(left);
                }
                left -= available;
            }
        }
        throw noWorkingTime(from);
    }

    /** Working minutes in [{@code from}, {@code to}); 0 when {@code to} is not after {@code from}. */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        long total = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            for (Session s : sessions(day)) {
                LocalDateTime a = s.from().isAfter(from) ? s.from() : from;
                LocalDateTime b = s.to().isBefore(to) ? s.to() : to;
                if (b.isAfter(a)) {
                    total += Duration.between(a, b).toMinutes();
                }
            }
        }
        return total;
    }

    /** The end of the {@code n}-th session (n ≥ 1) that starts at or after {@code from}. */
    public LocalDateTime endOfNthSessionFrom(LocalDateTime from, int n) {
        int left = n;
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Session s : sessions(day)) {
                if (!s.from().isBefore(from) && --left == 0) {
                    return s.to();
                }
            }
        }
        throw noWorkingTime(from);
    }

    private static DomainRuleViolation noWorkingTime(LocalDateTime from) {
        return new DomainRuleViolation(Reason.of(CalendarReasons.CALENDAR_PREFIX + "no-working-time",
                "Không tìm thấy đủ thời gian làm việc sau " + from + " trong lịch làm việc.",
                "Not enough working time after " + from + " in the working calendar."));
    }
}
