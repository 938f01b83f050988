package vn.giamsat.domain.figures;

/** Intake channel of a dossier, with the national codes (1 direct, 2 online, 3 postal). */
public enum Channel {
    DIRECT(1, "Trực tiếp", "In person"),
    ONLINE(2, "Trực tuyến", "Online"),
    POSTAL(3, "Bưu chính công ích", "Public postal service");

    private final int nationalCode;
    private final String vietnamese;
    private final String english;

    Channel(int nationalCode, String vietnamese, String english) {
        this.nationalCode = nationalCode;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public int nationalCode() { return nationalCode; }
    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
