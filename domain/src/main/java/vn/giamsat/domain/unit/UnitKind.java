package vn.giamsat.domain.unit;

/** Kind of administrative unit (loại đơn vị hành chính), each on one tier. */
public enum UnitKind {
    PROVINCE(UnitTier.PROVINCE, "Tỉnh", "Province"),
    CITY(UnitTier.PROVINCE, "Thành phố trực thuộc trung ương", "Centrally-run city"),
    DISTRICT(UnitTier.DISTRICT, "Huyện", "District"),
    URBAN_DISTRICT(UnitTier.DISTRICT, "Quận", "Urban district"),
    TOWN(UnitTier.DISTRICT, "Thị xã", "Town"),
    PROVINCIAL_CITY(UnitTier.DISTRICT, "Thành phố thuộc tỉnh", "Provincial city"),
    COMMUNE(UnitTier.COMMUNE, "Xã", "Commune"),
    WARD(UnitTier.COMMUNE, "Phường", "Ward"),
    TOWNSHIP(UnitTier.COMMUNE, "Thị trấn", "Township"),
    SPECIAL_ZONE(UnitTier.COMMUNE, "Đặc khu", "Special zone");

    private final UnitTier tier;
    private final String vietnamese;
    private final String english;

    UnitKind(UnitTier tier, String vietnamese, String english) {
        this.tier = tier;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public UnitTier tier() {
        return tier;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The word official texts put before a unit's name: "thành phố Đà Nẵng", "Hội đồng nhân dân thành phố Đà
     * Nẵng", never "thành phố trực thuộc trung ương Đà Nẵng" (the kind's name is a category, not part of the name).
     */
    public String officialPrefix() {
        return switch (this) {
            case CITY, PROVINCIAL_CITY -> "Thành phố";
            default -> vietnamese;
        };
    }

    public String english() {
        return english;
    }
}
