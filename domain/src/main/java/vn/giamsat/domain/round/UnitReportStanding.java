package vn.giamsat.domain.round;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giamsat.domain.unit.UnitId;

/**
 * Where a supervised unit stands with its report on a day (issue 19.2): handed in on time or late against its due
 * date, not yet, or overdue; and whether it handed in a new version after the due date, with what changed.
 *
 * <p>A day is judged as a Vietnamese calendar day: a report handed in on the due date is on time. Without a due date
 * (no date set and no dated visit to derive one from) a report is "handed in", never late, and a missing one never
 * overdue. "Changed after the due date" compares the newest version with the last one handed in by the due date;
 * a first report that came late is "late", not "changed".
 *
 * @param versions        every hand-in, oldest first
 * @param changedAfterDue what the newest version changed against the last one on or before the due date; empty
 *                        when nothing came after the due date on top of a report in time
 */
public record UnitReportStanding(UnitId unit, Optional<LocalDate> due, State state, List<UnitReportVersion> versions,
                                 boolean changedAfterDueDate, List<UnitReportChange> changedAfterDue) {

    public enum State {
        NOT_YET("Chưa nộp", "Not handed in yet"),
        OVERDUE("Quá hạn, chưa nộp", "Overdue, not handed in"),
        ON_TIME("Nộp đúng hạn", "Handed in on time"),
        LATE("Nộp muộn", "Handed in late"),
        HANDED_IN("Đã nộp (chưa có hạn)", "Handed in (no due date)");

        private final String vietnamese;
        private final String english;

        State(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        public String vietnamese() { return vietnamese; }
        public String english() { return english; }
    }

    public UnitReportStanding {
        Objects.requireNonNull(unit, "unit");
        due = due == null ? Optional.empty() : due;
        Objects.requireNonNull(state, "state");
        versions = List.copyOf(versions);
        changedAfterDue = List.copyOf(changedAfterDue);
    }

    public static UnitReportStanding of(UnitId unit, Optional<LocalDate> due, List<UnitReportVersion> handIns,
                                        LocalDate today) {
        List<UnitReportVersion> versions = handIns.stream()
                .sorted(Comparator.comparingInt(UnitReportVersion::number)).toList();
        if (versions.isEmpty()) {
            State state = due.filter(today::isAfter).isPresent() ? State.OVERDUE : State.NOT_YET;
            return new UnitReportStanding(unit, due, state, versions, false, List.of());
        }
        UnitReportVersion first = versions.getFirst();
        if (due.isEmpty()) {
            return new UnitReportStanding(unit, due, State.HANDED_IN, versions, false, List.of());
        }
        LocalDate by = due.get();
        State state = first.handedInOn().isAfter(by) ? State.LATE : State.ON_TIME;
        Optional<UnitReportVersion> lastInTime = versions.stream().filter(v -> !v.handedInOn().isAfter(by))
                .reduce((a, b) -> b);
        UnitReportVersion newest = versions.getLast();
        boolean after = lastInTime.isPresent() && newest.handedInOn().isAfter(by);
        List<UnitReportChange> changes = after ? newest.changesSince(lastInTime.get()) : List.of();
        return new UnitReportStanding(unit, due, state, versions, after, changes);
    }

    /** The first hand-in: the day the unit reported on. */
    public Optional<UnitReportVersion> first() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getFirst());
    }

    public Optional<UnitReportVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }
}
