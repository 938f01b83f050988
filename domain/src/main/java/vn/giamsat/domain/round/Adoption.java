package vn.giamsat.domain.round;

/**
 * Whether the council's conclusion on the supervision results took up a recommendation of the delegation
 * (kiến nghị được Hội đồng nhân dân tiếp thu trong nghị quyết/kết luận). Only a recommendation the council did
 * not turn down is followed up; one it turned down is kept and shown, never deleted.
 */
public enum Adoption {
    /** No conclusion yet: the delegation's recommendation, followed up as proposed. */
    PROPOSED("Kiến nghị của Đoàn giám sát", "Recommended by the delegation"),
    ADOPTED("Được Hội đồng nhân dân tiếp thu", "Adopted by the council"),
    NOT_ADOPTED("Không được Hội đồng nhân dân tiếp thu", "Not adopted by the council");

    private final String vietnamese;
    private final String english;

    Adoption(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** Followed up (theo dõi thực hiện): everything the council did not turn down. */
    public boolean isFollowedUp() {
        return this != NOT_ADOPTED;
    }
}
