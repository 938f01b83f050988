package vn.giamsat.adapters.persistence.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.port.out.DossierOutcomesPort;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.dossier.Outcome;
import vn.giamsat.domain.dossier.OutcomePolicy;

/**
 * Judges imported dossiers again after a calendar edit. The rule stays in {@link OutcomePolicy}: the dossiers due
 * in the window are read (all imports, a sequential scan: decision 015 measured it), judged in Java, and only
 * those whose outcome changed are written, by row address within their partition. The tallies per unit and day of
 * every import with a dossier due in the window are then counted again from its dossiers ({@link PeriodTallies},
 * decision 044): the edit may move both an outcome and the day an open dossier becomes overdue.
 *
 * <p>Runs on the caller's transaction (the calendar edit), so a failure undoes the outcomes, the tallies and the
 * edited day together.
 */
@Component
public class JdbcDossierOutcomes implements DossierOutcomesPort {
    /** Row addresses per UPDATE: bounded so that a window of a million changes is not one giant statement. */
    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;

    public JdbcDossierOutcomes(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar calendar) {
        return jdbc.execute((ConnectionCallback<CalendarEdit>) c -> judgeAgain(c, dueDates, calendar));
    }

    private static CalendarEdit judgeAgain(Connection c, Period dueDates, WorkingCalendar calendar) throws SQLException {
        SortedSet<String> exports = new TreeSet<>();
        // partition → new outcome → row addresses
        Map<String, Map<Outcome, List<String>>> changes = new LinkedHashMap<>();
        SortedSet<Long> imports = new TreeSet<>();
        long checked = 0;
        long changed = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT CAST(d.tableoid AS regclass)::text, d.ctid::text, i.export_key, i.as_of, d.due_at, d.resolved_at,
                       d.withdrawn, d.outcome, d.import_id, d.unit_code, d.procedure_code, d.channel, d.received_at,
                       d.apology_on IS NOT NULL
                  FROM dossier d JOIN dossier_import i ON i.id = d.import_id
                 WHERE d.due_at >= ? AND d.due_at < ?""")) {
            ps.setFetchSize(10_000);   // streamed inside the edit's transaction, not held in memory at once
            ps.setTimestamp(1, Timestamp.valueOf(dueDates.from().atStartOfDay()));
            ps.setTimestamp(2, Timestamp.valueOf(dueDates.to().plusDays(1).atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checked++;
                    exports.add(rs.getString(3));
                    imports.add(rs.getLong(9));
                    Timestamp resolved = rs.getTimestamp(6);
                    Outcome now = OutcomePolicy.outcome(rs.getBoolean(7), rs.getTimestamp(5).toLocalDateTime().toLocalDate(),
                            resolved == null ? null : resolved.toLocalDateTime().toLocalDate(),
                            rs.getDate(4).toLocalDate(), calendar);
                    Outcome was = Outcome.valueOf(rs.getString(8));
                    if (now == was) {
                        continue;
                    }
                    changed++;
                    changes.computeIfAbsent(rs.getString(1), p -> new LinkedHashMap<>())
                            .computeIfAbsent(now, o -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        if (changed > 0) {
            storeOutcomes(c, changes);
        }
        rewriteTallies(c, imports, calendar);
        return new CalendarEdit(List.copyOf(exports), checked, changed);
    }

    private static void storeOutcomes(Connection c, Map<String, Map<Outcome, List<String>>> changes) throws SQLException {
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
                    }
                }
            }
        }
    }

    /** Kept apart from judging: only the tallies' own class knows how they are written. */
    private static void rewriteTallies(Connection c, SortedSet<Long> imports, WorkingCalendar calendar)
            throws SQLException {
        PeriodTallies.rewrite(c, imports, calendar);
    }
}
