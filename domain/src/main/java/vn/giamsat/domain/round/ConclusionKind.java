package vn.giamsat.domain.round;

/**
 * The form of the council's answer to the delegation's report (Law 87/2015/QH13 and Law 121/2025/QH15: the
 * council, or its standing committee, adopts a resolution or issues a conclusion on the supervision results),
 * with the document-type symbol its number carries (Decree 30/2020/NĐ-CP, Appendix III: NQ, KL).
 */
public enum ConclusionKind {
    RESOLUTION("Nghị quyết", "Resolution", "NQ"),
    CONCLUSION("Kết luận", "Conclusion", "KL");

    private final String vietnamese;
    private final String english;
    private final String symbol;

    ConclusionKind(String vietnamese, String english, String symbol) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.symbol = symbol;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
    /** "NQ" or "KL", the part of the number after the slash. */
    public String symbol() { return symbol; }
}
