package vn.giamsat.application.security;

/** Roles of the system's users (see docs: domain.md, "Users and roles"). */
public enum Role {
    COUNCIL_STAFF("Văn phòng HĐND", "Council staff"),
    DELEGATION_MEMBER("Thành viên đoàn giám sát", "Delegation member"),
    DELEGATION_HEAD("Trưởng đoàn giám sát", "Delegation head"),
    UNIT_OFFICER("Cán bộ đơn vị", "Unit officer"),
    PROVINCIAL_OFFICIAL("Cán bộ cấp tỉnh", "Provincial official"),
    ADMIN("Quản trị hệ thống", "Administrator");

    private final String vietnamese;
    private final String english;

    Role(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
