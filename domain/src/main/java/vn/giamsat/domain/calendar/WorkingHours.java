package vn.giamsat.domain.calendar;

import java.time.LocalTime;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * Giờ làm việc — a province's office hours, a setting: no national text fixes the clock times (the province's
 * people's committee sets them within the 40-hour week), so {@link #standard()} is only the usual 07:30–11:30 and
 * 13:30–17:00. {@code saturdayMorning}: the province receives and handles dossiers on Saturday mornings (tiếp nhận
 * hồ sơ sáng thứ Bảy), so a Saturday that is not a listed day off counts as one half working day (the morning).
 */
public record WorkingHours(LocalTime morningFrom, LocalTime morningTo, LocalTime afternoonFrom, LocalTime afternoonTo,
                           boolean saturdayMorning) {

    public WorkingHours {
        Require.present(morningFrom, "giờ bắt đầu buổi sáng", "morning start");
        Require.present(morningTo, "giờ kết thúc buổi sáng", "morning end");
        Require.present(afternoonFrom, "giờ bắt đầu buổi chiều", "afternoon start");
        Require.present(afternoonTo, "giờ kết thúc buổi chiều", "afternoon end");
        if (!morningFrom.isBefore(morningTo) || morningTo.isAfter(afternoonFrom)
                || !afternoonFrom.isBefore(afternoonTo)) {
            throw new DomainRuleViolation(Reason.of(CalendarReasons.CALENDAR_PREFIX + "working-hours",
                    "Giờ làm việc không hợp lệ: " + morningFrom + "–" + morningTo + ", " + afternoonFrom + "–"
                            + afternoonTo + " (buổi sáng phải trước buổi chiều).",
                    "Invalid working hours: " + morningFrom + "–" + morningTo + ", " + afternoonFrom + "–"
                            + afternoonTo + " (the morning must come before the afternoon)."));
        }
    }

    /** 07:30–11:30 and 13:30–17:00, Monday to Friday, no Saturday reception. */
    public static WorkingHours standard() {
        return new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0),
                false);
    }

    public WorkingHours withSaturdayMorning(boolean received) {
        return new WorkingHours(morningFrom, morningTo, afternoonFrom, afternoonTo, received);
    }
}
