package vn.giamsat.domain.deadline;

/** The codes of the deadline rules' refusals, each declared once. */
public final class DeadlineReasons {
    private DeadlineReasons() {}

    public static final String PREFIX = "deadline.";
    public static final String TIME_LIMIT = PREFIX + "time-limit";
    public static final String PAUSE_REVERSED = PREFIX + "pause-reversed";
    public static final String APOLOGY_TWICE = PREFIX + "apology-twice";
    public static final String APOLOGY_NOT_LATER = PREFIX + "apology-not-later";
}
