package vn.giamsat.domain.round;

/** What a finding says: a strength (ưu điểm), a limitation (hạn chế) or a cause (nguyên nhân). */
public enum FindingKind {
    STRENGTH("Kết quả đạt được", "Strength"),
    LIMITATION("Hạn chế, tồn tại", "Limitation"),
    CAUSE("Nguyên nhân", "Cause");

    private final String vietnamese;
    private final String english;

    FindingKind(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
