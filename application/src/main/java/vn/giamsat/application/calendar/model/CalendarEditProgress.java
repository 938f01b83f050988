package vn.giamsat.application.calendar.model;

/**
 * Where a calendar edit is while it judges the imported dossiers again (issue 20: "a calendar edit under 10 s with
 * its progress shown"): the admin sees that seconds of work are under way, and how far, rather than a page that
 * seems to hang. Called on the thread of the edit, inside its transaction: a listener only records or forwards,
 * it never touches the database.
 */
@FunctionalInterface
public interface CalendarEditProgress {
    /** A total that cannot be known without reading the dossiers a second time. */
    long UNKNOWN = -1;

    /** For callers that show nothing. */
    CalendarEditProgress NONE = (phase, done, total) -> { };

    /** The steps of an edit, in order. */
    enum Phase {
        /** Dossiers due in the window are read and judged again: done = dossiers read, total {@link #UNKNOWN}. */
        CHECKING,
        /** The outcomes that changed are stored: done / total = outcomes stored / outcomes changed. */
        STORING,
        /** The tallies move with them: done / total = imports whose tallies are written / imports concerned. */
        COUNTING_AGAIN
    }

    /**
     * @param done  how many of the phase's items are done (never decreasing within a phase)
     * @param total how many there are, or {@link #UNKNOWN}
     */
    void reached(Phase phase, long done, long total);
}
