package vn.giamsat.domain.deadline;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Thời hạn giải quyết as a procedure states it: so many working days (ngày làm việc), half working days (buổi làm
 * việc) or working hours (giờ làm việc). A limit of 0 working days means "within the day".
 */
public record TimeLimit(int amount, Unit unit) {
    public enum Unit {
        WORKING_DAYS(0, 365, "ngày làm việc", "working days"),
        HALF_DAYS(1, 730, "buổi làm việc", "half working days"),
        WORKING_HOURS(1, 2920, "giờ làm việc", "working hours");

        private final int min;
        private final int max;
        private final String vietnamese;
        private final String english;

        Unit(int min, int max, String vietnamese, String english) {
            this.min = min;
            this.max = max;
            this.vietnamese = vietnamese;
            this.english = english;
        }

        public int max() { return max; }
        public String vietnamese() { return vietnamese; }
        public String english() { return english; }
    }

    public TimeLimit {
        if (unit == null) {
            throw new DomainRuleViolation(Reason.of(DeadlineReasons.TIME_LIMIT,
                    "Thiếu đơn vị của thời hạn giải quyết.", "The time limit's unit is missing."));
        }
        if (amount < unit.min || amount > unit.max) {
            throw new DomainRuleViolation(Reason.of(DeadlineReasons.TIME_LIMIT,
                    "Thời hạn giải quyết phải từ " + unit.min + " đến " + unit.max + " " + unit.vietnamese
                            + " (nhận được " + amount + ").",
                    "A time limit must be " + unit.min + " to " + unit.max + " " + unit.english + " (got " + amount
                            + ")."));
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    public static TimeLimit halfDays(int halves) {
        return new TimeLimit(halves, Unit.HALF_DAYS);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    /** "3 ngày làm việc" */
    public String toVietnamese() {
        return amount + " " + unit.vietnamese;
    }
}
