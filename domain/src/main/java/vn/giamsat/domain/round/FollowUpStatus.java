package vn.giamsat.domain.round;

import java.util.Set;

/**
 * Follow-up state of a recommendation (theo dõi thực hiện kiến nghị). "Overdue" is not a state: it is
 * derived from the due date, see {@link Recommendation#isOverdueOn}.
 */
public enum FollowUpStatus {
    NOT_STARTED("Chưa thực hiện", "Not started"),
    IN_PROGRESS("Đang thực hiện", "In progress"),
    DONE("Đã thực hiện", "Done"),
    VERIFIED("Đã kiểm tra, xác nhận", "Verified");

    private final String vietnamese;
    private final String english;

    FollowUpStatus(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** Where a recommendation may go from here. DONE may go back to IN_PROGRESS when verification fails. */
    public Set<FollowUpStatus> next() {
        return switch (this) {
            case NOT_STARTED -> Set.of(IN_PROGRESS, DONE);
            case IN_PROGRESS -> Set.of(DONE);
            case DONE -> Set.of(VERIFIED, IN_PROGRESS);
            case VERIFIED -> Set.of();
        };
    }

    public boolean isSettled() {
        return this == DONE || this == VERIFIED;
    }
}
