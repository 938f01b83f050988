package vn.giamsat.domain.round;

import java.util.Set;

/** Lifecycle of a supervision round. */
public enum RoundStatus {
    DRAFT("Dự thảo", "Draft"),
    PLANNED("Đã lập kế hoạch", "Planned"),
    IN_PROGRESS("Đang giám sát", "In progress"),
    REPORTED("Đã có báo cáo", "Reported"),
    PUBLISHED("Đã công khai", "Published"),
    CLOSED("Đã kết thúc", "Closed");

    private final String vietnamese;
    private final String english;

    RoundStatus(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** The moves the lifecycle knows; whether one is allowed now is {@link RoundTransitionPolicy}'s answer. */
    public Set<RoundStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PLANNED);
            case PLANNED -> Set.of(IN_PROGRESS, DRAFT);
            case IN_PROGRESS -> Set.of(REPORTED);
            case REPORTED -> Set.of(PUBLISHED, IN_PROGRESS);
            case PUBLISHED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** Resolution, scope and delegation can change only before the delegation starts work. */
    public boolean allowsSetupChanges() {
        return this == DRAFT || this == PLANNED;
    }

    /**
     * From the report on, the figures the round holds are frozen (chốt số liệu): changing them takes a correction
     * with a reason, reviewed by someone else (issue 14.3). Reopening a report that is not yet approved
     * (REPORTED → IN_PROGRESS) thaws them again, as it withdraws the report.
     */
    public boolean freezesFigures() {
        return this == REPORTED || this == PUBLISHED || this == CLOSED;
    }

    /** Findings and recommendations are drafted until the report; afterwards only through a correction. */
    public boolean allowsFindingChanges() {
        return this == DRAFT || this == PLANNED || this == IN_PROGRESS || this == PUBLISHED;
    }
}
