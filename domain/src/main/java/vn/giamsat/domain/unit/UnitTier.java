package vn.giamsat.domain.unit;

/** Tier of local government. The district tier ended on 1 July 2025 (Law 72/2025/QH15) but stays for history. */
public enum UnitTier {
    PROVINCE("cấp tỉnh", "province level"),
    DISTRICT("cấp huyện", "district level"),
    COMMUNE("cấp xã", "commune level");

    private final String vietnamese;
    private final String english;

    UnitTier(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
