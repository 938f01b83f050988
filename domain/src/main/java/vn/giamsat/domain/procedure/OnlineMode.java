package vn.giamsat.domain.procedure;

/**
 * How far a procedure can be done online (Decree 42/2022/NĐ-CP). Older texts speak of levels 3 and 4:
 * level 4 corresponds to full online, level 3 to partial.
 */
public enum OnlineMode {
    FULL("Toàn trình", "Fully online"),
    PARTIAL("Một phần", "Partly online"),
    NONE("Không trực tuyến", "Not online");

    private final String vietnamese;
    private final String english;

    OnlineMode(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
