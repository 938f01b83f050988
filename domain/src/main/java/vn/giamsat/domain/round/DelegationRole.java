package vn.giamsat.domain.round;

/** Role in a supervision delegation (đoàn giám sát). */
public enum DelegationRole {
    HEAD("Trưởng đoàn", "Head"),
    DEPUTY_HEAD("Phó Trưởng đoàn", "Deputy head"),
    MEMBER("Thành viên", "Member"),
    SECRETARY("Thư ký", "Secretary");

    private final String vietnamese;
    private final String english;

    DelegationRole(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
