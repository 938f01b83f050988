package vn.giamsat.adapters.persistence.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.model.CalendarEditProgress;
import vn.giamsat.application.calendar.model.CalendarEditProgress.Phase;
import vn.giamsat.application.calendar.port.out.DossierOutcomesPort;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.dossier.Outcome;
import vn.giamsat.domain.dossier.OutcomePolicy;

/**
 * Judges imported dossiers again after a calendar edit. The rule stays in {@link OutcomePolicy}: the dossiers due
 * in the window are read (all imports, a sequential scan: decision 015 measured it, of only the month partitions
 * whose due dates reach the window: decision 045), judged in Java, and only
 * those whose outcome changed are written, by row address within their partition. The tallies per unit and day
 * ({@link PeriodTallies}, decision 044) move by difference for each dossier read: the edit may move both an outcome
 * and the day an open dossier becomes overdue. Without the calendar before the edit, the tallies of every import
 * with a dossier due in the window are counted again from its dossiers.
 *
 * <p>Runs on the caller's transaction (the calendar edit), so a failure undoes the outcomes, the tallies and the
 * edited day together.
 */
@Component
public class JdbcDossierOutcomes implements DossierOutcomesPort {
    /** Row addresses per UPDATE: bounded so that a window of a million changes is not one giant statement. */
    private static final int CHUNK = 10_000;

    /**
     * Dossiers read between two reports of progress: one fetch (see {@code setFetchSize}), so a report costs
     * nothing next to the rows, and 100 M stored (329,726 read, issue 20) give some 33 steps.
     */
    static final int REPORT_EVERY = 10_000;

    private final JdbcTemplate jdbc;
    private final int reportEvery;

    @Autowired   // the constructor Spring uses (the other is for tests)
    public JdbcDossierOutcomes(DataSource dataSource) {
        this(dataSource, REPORT_EVERY);
    }

    /** With reports of progress every {@code reportEvery} dossiers read (tests use 1 to see each step). */
    JdbcDossierOutcomes(DataSource dataSource, int reportEvery) {
        if (reportEvery < 1) {
            throw new IllegalArgumentException("reportEvery must be at least 1: " + reportEvery);
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.reportEvery = reportEvery;
    }

    /** Without the calendar before the edit: the tallies of the imports concerned are counted again in full. */
    @Override
    public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar calendar) {
        return jdbc.execute((ConnectionCallback<CalendarEdit>) c -> judgeAgain(c, dueDates, null, calendar,
                CalendarEditProgress.NONE));
    }

    /**
     * The tallies move by difference: each dossier read loses its contribution judged with {@code before} and gains
     * the one judged with {@code after} (decision 044). The dossiers read are enough: only the day a dossier's due
     * date rolls to (the first working day on or after it) can move, and {@link WorkingCalendar#dueDatesAffectedBy}
     * starts the window after a day that is a working day in both calendars, so a dossier due before the window
     * rolls to that day or earlier, unchanged, and one due after the edited day rolls past it, unchanged.
     */
    @Override
    public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar before, WorkingCalendar after) {
        return judgeAgain(dueDates, before, after, CalendarEditProgress.NONE);
    }

    /**
     * Reports the dossiers read every {@link #REPORT_EVERY} (their total is not known before the read ends: counting
     * them first would scan the same partitions twice), then the outcomes stored and the imports whose tallies are
     * written, each against its known total.
     */
    @Override
    public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar before, WorkingCalendar after,
                                   CalendarEditProgress progress) {
        return jdbc.execute((ConnectionCallback<CalendarEdit>) c -> judgeAgain(c, dueDates, before, after, progress));
    }

    private CalendarEdit judgeAgain(Connection c, Period dueDates, WorkingCalendar before,
                                    WorkingCalendar calendar, CalendarEditProgress progress) throws SQLException {
        // import → its difference (only when the calendar before the edit is known)
        Map<Long, PeriodTallies> differences = new java.util.TreeMap<>();
        SortedSet<String> exports = new TreeSet<>();
        // partition → new outcome → row addresses
        Map<String, Map<Outcome, List<String>>> changes = new LinkedHashMap<>();
        SortedSet<Long> imports = new TreeSet<>();
        long checked = 0;
        long changed = 0;
        LocalDate[] received = monthsDue(c, dueDates);
        if (received == null) {
            return new CalendarEdit(List.of(), 0, 0);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT CAST(d.tableoid AS regclass)::text, d.ctid::text, i.export_key, i.as_of, d.due_at, d.resolved_at,
                       d.withdrawn, d.outcome, d.import_id, d.unit_code, d.procedure_code, d.channel, d.received_at,
                       d.apology_on IS NOT NULL, d.result_digitized
                  FROM dossier d JOIN dossier_import i ON i.id = d.import_id
                 WHERE d.due_at >= ? AND d.due_at < ? AND d.received_at >= ? AND d.received_at < ?""")) {
            ps.setFetchSize(10_000);   // streamed inside the edit's transaction, not held in memory at once
            ps.setTimestamp(1, Timestamp.valueOf(dueDates.from().atStartOfDay()));
            ps.setTimestamp(2, Timestamp.valueOf(dueDates.to().plusDays(1).atStartOfDay()));
            // Only the month partitions that can hold such a dossier are read (decision 045).
            ps.setTimestamp(3, Timestamp.valueOf(received[0].atStartOfDay()));
            ps.setTimestamp(4, Timestamp.valueOf(received[1].atStartOfDay()));
            // The calendar is this edit's (its locks are held): from "waiting" to "reading" for whoever watches.
            progress.reached(Phase.CHECKING, 0, CalendarEditProgress.UNKNOWN);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checked++;
                    if (checked % reportEvery == 0) {
                        progress.reached(Phase.CHECKING, checked, CalendarEditProgress.UNKNOWN);
                    }
                    exports.add(rs.getString(3));
                    imports.add(rs.getLong(9));
                    Timestamp resolved = rs.getTimestamp(6);
                    Outcome now = OutcomePolicy.outcome(rs.getBoolean(7), rs.getTimestamp(5).toLocalDateTime().toLocalDate(),
                            resolved == null ? null : resolved.toLocalDateTime().toLocalDate(),
                            rs.getDate(4).toLocalDate(), calendar);
                    Outcome was = Outcome.valueOf(rs.getString(8));
                    if (before != null) {
                        long importId = rs.getLong(9);
                        LocalDate asOf = rs.getDate(4).toLocalDate();
                        differences.computeIfAbsent(importId, id -> new PeriodTallies(calendar, asOf)).move(before,
                                rs.getString(10), rs.getInt(12), rs.getTimestamp(13).toLocalDateTime().toLocalDate(),
                                rs.getTimestamp(5).toLocalDateTime().toLocalDate(),
                                resolved == null ? null : resolved.toLocalDateTime().toLocalDate(), rs.getBoolean(7),
                                was, now, rs.getBoolean(14), rs.getObject(15, Boolean.class));
                    }
                    if (now == was) {
                        continue;
                    }
                    changed++;
                    changes.computeIfAbsent(rs.getString(1), p -> new LinkedHashMap<>())
                            .computeIfAbsent(now, o -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        if (checked % reportEvery != 0) {
            progress.reached(Phase.CHECKING, checked, CalendarEditProgress.UNKNOWN);   // the last, with every one read
        }
        if (changed > 0) {
            storeOutcomes(c, changes, changed, progress);
        }
        if (before == null) {
            rewriteTallies(c, imports, calendar, progress);
        } else {
            storeDifferences(c, differences, progress);
        }
        return new CalendarEdit(List.copyOf(exports), checked, changed);
    }

    /**
     * The months of receipt whose dossiers fall due in the window, as the imports counted them
     * ({@code dossier_month}): from the first month to the day after the last; null when there are none.
     * Archived months are not judged again (their dossiers are no longer stored). Every month when an import has
     * none recorded: one stored by the release before changelog 790 while this one was being rolled out.
     */
    private static LocalDate[] monthsDue(Connection c, Period dueDates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT min(month), max(month),
                       EXISTS (SELECT 1 FROM dossier_import i
                                WHERE NOT EXISTS (SELECT 1 FROM dossier_month m WHERE m.import_id = i.id))
                  FROM dossier_month
                 WHERE archive IS NULL AND due_from < ? AND due_to >= ?""")) {
            ps.setTimestamp(1, Timestamp.valueOf(dueDates.to().plusDays(1).atStartOfDay()));
            ps.setTimestamp(2, Timestamp.valueOf(dueDates.from().atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(3)) {
                    return new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)};
                }
                java.sql.Date first = rs.getDate(1);
                return first == null ? null
                        : new LocalDate[] {first.toLocalDate(), rs.getDate(2).toLocalDate().plusMonths(1)};
            }
        }
    }

    private static void storeOutcomes(Connection c, Map<String, Map<Outcome, List<String>>> changes, long changed,
                                      CalendarEditProgress progress) throws SQLException {
        long stored = 0;
        progress.reached(Phase.STORING, 0, changed);
        for (var partition : changes.entrySet()) {
            // The partition's name comes from the catalogue (regclass output, quoted where needed), not from input.
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + partition.getKey()
                    + " SET outcome = ? WHERE ctid = ANY (CAST(CAST(? AS text[]) AS tid[]))")) {
                for (var outcome : partition.getValue().entrySet()) {
                    List<String> rows = outcome.getValue();
                    for (int from = 0; from < rows.size(); from += CHUNK) {
                        List<String> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                        Array addresses = c.createArrayOf("text", chunk.toArray());
                        ps.setString(1, outcome.getKey().name());
                        ps.setArray(2, addresses);
                        int updated = ps.executeUpdate();
                        addresses.free();
                        if (updated != chunk.size()) {
                            throw new IllegalStateException("Dossiers of " + partition.getKey() + " changed while judged again: "
                                    + updated + " of " + chunk.size() + " rows found");
                        }
                        stored += updated;
                        progress.reached(Phase.STORING, stored, changed);
                    }
                }
            }
        }
    }

    /** Kept apart from judging: only the tallies' own class knows how they are written. */
    private static void rewriteTallies(Connection c, SortedSet<Long> imports, WorkingCalendar calendar,
                                       CalendarEditProgress progress) throws SQLException {
        // One import at a time (in the order PeriodTallies itself uses), so that each can be reported.
        long done = 0;
        progress.reached(Phase.COUNTING_AGAIN, 0, imports.size());
        for (long id : imports) {
            PeriodTallies.rewrite(c, List.of(id), calendar);
            progress.reached(Phase.COUNTING_AGAIN, ++done, imports.size());
        }
    }

    /** The tallies moved by difference, one import at a time in the same order as {@link PeriodTallies}. */
    private static void storeDifferences(Connection c, Map<Long, PeriodTallies> differences,
                                         CalendarEditProgress progress) throws SQLException {
        long done = 0;
        progress.reached(Phase.COUNTING_AGAIN, 0, differences.size());
        for (var difference : differences.entrySet()) {   // a TreeMap: by import id
            PeriodTallies.storeDifferences(c, Map.of(difference.getKey(), difference.getValue()));
            progress.reached(Phase.COUNTING_AGAIN, ++done, differences.size());
        }
    }
}
