package vn.giamsat.application.reminder.model;

/**
 * What a reminder (lời nhắc) is about. Each kind has its templates in {@code ReminderTemplates} and its due items
 * in {@code ReminderSourcePort}; a new kind (e.g. a unit's report due, "đơn vị sắp đến hạn nộp báo cáo") is one
 * constant here, one template and one query in the source adapter: the outbox, the schedule, the mail and the
 * in-app list take every kind alike.
 */
public enum ReminderKind {
    /** A recommendation due within the configured number of days (sắp đến hạn). */
    RECOMMENDATION_DUE_SOON("Kiến nghị sắp đến hạn", "Recommendation due soon"),
    /** A recommendation past its due date and not yet done (quá hạn). */
    RECOMMENDATION_OVERDUE("Kiến nghị quá hạn", "Recommendation overdue"),
    /** A round whose report waits for the delegation head's approval (chờ phê duyệt). */
    ROUND_AWAITING_APPROVAL("Báo cáo chờ phê duyệt", "Report awaiting approval"),
    /** A supervised unit's report due within the configured number of days, not handed in (decision 048). */
    UNIT_REPORT_DUE_SOON("Sắp đến hạn nộp báo cáo", "Unit report due soon"),
    /** A supervised unit's report past its due date and not handed in (decision 048). */
    UNIT_REPORT_OVERDUE("Quá hạn nộp báo cáo", "Unit report overdue");

    private final String vietnamese;
    private final String english;

    ReminderKind(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
