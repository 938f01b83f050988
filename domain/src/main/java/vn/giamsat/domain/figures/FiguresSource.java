package vn.giamsat.domain.figures;

/** Where a set of figures comes from: the portal shows it beside every figure. */
public enum FiguresSource {
    SELF_REPORTED("Đơn vị tự báo cáo", "Self-reported by the unit"),
    COMPUTED_FROM_DOSSIERS("Tính từ dữ liệu hồ sơ", "Computed from dossier records"),
    SUPERVISION_ROUND("Đoàn giám sát ghi nhận", "Recorded by the supervision delegation");

    private final String vietnamese;
    private final String english;

    FiguresSource(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
