package vn.giamsat.application.dossier.model;

/** Where a running import is, for a progress bar. */
public enum ImportPhase {
    READING("Đang đọc tệp", "Reading the file"),
    VALIDATING("Đang kiểm tra", "Checking"),
    MERGING("Đang ghi vào cơ sở dữ liệu", "Writing to the database"),
    FINISHED("Đã xong", "Finished");

    private final String vietnamese;
    private final String english;

    ImportPhase(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
