package vn.giamsat.domain.dossier;

/** How a dossier ended, or stands at the end of the period (form II.06a's columns). */
public enum Outcome {
    EARLY("Giải quyết trước hạn", "Resolved early"),
    ON_TIME("Giải quyết đúng hạn", "Resolved on time"),
    LATE("Giải quyết quá hạn", "Resolved late"),
    IN_PROGRESS_WITHIN_DEADLINE("Đang giải quyết trong hạn", "In progress, within deadline"),
    IN_PROGRESS_OVERDUE("Đang giải quyết quá hạn", "In progress, overdue"),
    WITHDRAWN("Rút hồ sơ", "Withdrawn");

    private final String vietnamese;
    private final String english;

    Outcome(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
