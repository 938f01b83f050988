package vn.giamsat.domain.figures;

/** Where a {@link FiguresCorrection} stands: proposed and waiting for review, then approved or rejected, for good. */
public enum CorrectionStatus {
    PENDING("Chờ duyệt", "Pending"),
    APPROVED("Đã duyệt", "Approved"),
    REJECTED("Không duyệt", "Rejected");

    private final String vietnamese;
    private final String english;

    CorrectionStatus(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
