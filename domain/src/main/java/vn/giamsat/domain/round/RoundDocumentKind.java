package vn.giamsat.domain.round;

/** The documents a round sends before the visits (issue 19.1), each recorded with its date of sending. */
public enum RoundDocumentKind {
    /** Kế hoạch giám sát: what, whom, when; sent to every supervised unit. */
    PLAN("Kế hoạch giám sát", "Supervision plan"),
    /** Quyết định thành lập Đoàn giám sát: who the delegation is. */
    DELEGATION_DECISION("Quyết định thành lập Đoàn giám sát", "Decision forming the delegation"),
    /** Thông báo kèm đề cương báo cáo: to one unit, with the outline of the report it must send and by when. */
    UNIT_NOTICE("Thông báo và đề cương báo cáo", "Notice with the report outline");

    private final String vietnamese;
    private final String english;

    RoundDocumentKind(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** A notice goes to one supervised unit; the plan and the decision to the whole round. */
    public boolean isForOneUnit() {
        return this == UNIT_NOTICE;
    }
}
