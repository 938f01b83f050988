package vn.giamsat.domain.figures;

import java.util.List;
import java.util.Objects;

/**
 * One row of form II.06a (Biểu số II.06a/VPCP/KSTT, Circular 01/2020/TT-VPCP): the eleven counts of columns 3 to 13,
 * read from computed and self-reported figures alike. A count the figures do not give is "not reported"
 * ({@link Count.NotReported}), never 0: a self-report of a total only keeps its total and leaves the parts empty.
 *
 * <p>Columns (docs/deadline-rules.md, "Form II.06a", says where the headings were read):
 * received — (3) total, in the period (4) online and (5) direct or by post, (6) carried over from the previous
 * period; resolved — (7) total, (8) early, (9) on time, (10) late; in progress — (11) total, (12) within the
 * deadline, (13) overdue. Column (5) is not stored: it is (3) − (6) − (4) when those three are reported.
 */
public record FormII06aRow(Count received, Count receivedOnline, Count receivedDirectOrPostal, Count carriedOver,
                           Count resolved, Count early, Count onTime, Count late, Count inProgress,
                           Count inProgressWithinDeadline, Count inProgressOverdue) {
    /** The number each count has on the form, from 3 to 13, in the order of {@link #counts()}. */
    public static final List<Integer> COLUMN_NUMBERS = List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);

    public FormII06aRow {
        List.of(received, receivedOnline, receivedDirectOrPostal, carriedOver, resolved, early, onTime, late, inProgress,
                inProgressWithinDeadline, inProgressOverdue).forEach(c -> Objects.requireNonNull(c, "count"));
    }

    public static FormII06aRow of(HandlingFigures f) {
        Count directOrPostal = Count.NOT_REPORTED;
        if (f.received() instanceof Count.Reported(long all) && f.carriedOver() instanceof Count.Reported(long carried)
                && f.receivedOnline() instanceof Count.Reported(long online) && all - carried - online >= 0) {
            directOrPostal = Count.of(all - carried - online);
        }
        return new FormII06aRow(f.received(), f.receivedOnline(), directOrPostal, f.carriedOver(), f.resolvedTotal(),
                f.early(), f.onTime(), f.late(), f.inProgressTotal(), f.inProgressWithinDeadline(),
                f.inProgressOverdue());
    }

    /** Columns 3 to 13 in order. */
    public List<Count> counts() {
        return List.of(received, receivedOnline, receivedDirectOrPostal, carriedOver, resolved, early, onTime, late,
                inProgress, inProgressWithinDeadline, inProgressOverdue);
    }
}
