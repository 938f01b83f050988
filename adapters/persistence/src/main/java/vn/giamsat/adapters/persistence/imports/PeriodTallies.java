package vn.giamsat.adapters.persistence.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes {@code dossier_tally}: per import × unit × day, the dossiers received (by channel), closed (by outcome),
 * and the change in those open and past their deadline (issue 16, decision 044). {@link JdbcComputedFigures} sums
 * them up to a period's last day, so a province's figures for any period read a few rows per unit and day instead
 * of every dossier.
 *
 * <p>The rules are those {@link JdbcComputedFigures} applied to the dossiers at query time, moved to the day they
 * take effect on:
 * <ul>
 *   <li>a dossier is open from its day of receipt until the day it closes (its resolution; a withdrawn one without
 *       a date closes on its day of receipt);</li>
 *   <li>an open dossier is past its deadline on day J when its due date is on or before the last working day
 *       before J ({@code calendar_day}: a listed day off is not a working day, a make-up day is, else Monday to
 *       Friday); that is from the day after the first working day on or after its due date. Open dossiers are judged
 *       on the period's last day or on the export's day if earlier, so a dossier that would only become overdue
 *       after the export's day never does here.</li>
 * </ul>
 * One {@code INSERT ... SELECT} over the import's rows, in the caller's transaction: at import (from the staging
 * table) and after a calendar edit (decision 015), which changes which day a due date becomes overdue on.
 * Only the working days' search looks back at most 100 years from the export's day: an older due date counts as
 * overdue from the day of receipt.
 */
final class PeriodTallies {
    private PeriodTallies() {}

    private static final String COLUMNS = "import_id, unit_code, day, received_direct, received_online, received_postal,"
            + " early, on_time, late, late_with_apology, withdrawn, closed, overdue_change";

    /**
     * The tally of one import from {@code source} (the staging table, or {@code dossier}), rows of that import
     * only. {@code slipColumn}: whether the export had the apology-slip column (else late_with_apology is null:
     * "not in this export", never 0).
     */
    static void write(Connection c, String source, long importId, LocalDate asOf, boolean slipColumn)
            throws SQLException {
        // source is a table name made by the import (dossier_i<id>) or "dossier"; never input.
        if (!source.matches("dossier(_i[0-9]+)?")) {
            throw new IllegalArgumentException("Not a dossier table: " + source);
        }
        String sql = "INSERT INTO dossier_tally (" + COLUMNS + ")\n" + """
                WITH cal AS (
                    -- For each day up to the export's: the first working day on or after it (null: none by then).
                    SELECT CAST(g AS date) AS day,
                           min(CASE WHEN coalesce(c.kind = 'MAKE_UP_WORKING_DAY', extract(isodow FROM g) < 6)
                                    THEN CAST(g AS date) END) OVER (ORDER BY g DESC) AS next_working
                      FROM generate_series(CAST(? AS date) - 36600, CAST(? AS date), interval '1 day') g
                      LEFT JOIN calendar_day c ON c.day = CAST(g AS date)
                ),
                d AS (
                    SELECT x.unit_code, x.channel, x.outcome, x.withdrawn, x.apology_on IS NOT NULL AS slip,
                           CAST(x.received_at AS date) AS received,
                           CAST(CASE WHEN x.withdrawn THEN coalesce(x.resolved_at, x.received_at) ELSE x.resolved_at END
                                AS date) AS closed,
                           -- The day it counts as overdue if still open then; null: not by the export's day.
                           CASE WHEN CAST(x.due_at AS date) < CAST(? AS date) - 36600 THEN CAST(x.received_at AS date)
                                WHEN c.next_working < ? THEN greatest(c.next_working + 1, CAST(x.received_at AS date))
                           END AS overdue_from
                      FROM %s x
                      LEFT JOIN cal c ON c.day = CAST(x.due_at AS date)
                     WHERE x.import_id = ?
                )
                SELECT ?, d.unit_code, e.day,
                       sum(e.direct), sum(e.online), sum(e.postal), sum(e.early), sum(e.on_time), sum(e.late),
                       CASE WHEN ? THEN sum(e.late_slip) END, sum(e.withdrawn), sum(e.closed), sum(e.overdue)
                  FROM d CROSS JOIN LATERAL (VALUES
                      (d.received, CASE WHEN d.channel = 1 THEN 1 ELSE 0 END, CASE WHEN d.channel = 2 THEN 1 ELSE 0 END,
                       CASE WHEN d.channel = 3 THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0, 0),
                      (d.closed, 0, 0, 0,
                       CASE WHEN NOT d.withdrawn AND d.outcome = 'EARLY' THEN 1 ELSE 0 END,
                       CASE WHEN NOT d.withdrawn AND d.outcome = 'ON_TIME' THEN 1 ELSE 0 END,
                       CASE WHEN NOT d.withdrawn AND d.outcome = 'LATE' THEN 1 ELSE 0 END,
                       CASE WHEN NOT d.withdrawn AND d.outcome = 'LATE' AND d.slip THEN 1 ELSE 0 END,
                       CASE WHEN d.withdrawn THEN 1 ELSE 0 END, 1,
                       CASE WHEN d.closed >= d.overdue_from THEN -1 ELSE 0 END),
                      (CASE WHEN d.closed IS NULL OR d.closed >= d.overdue_from THEN d.overdue_from END,
                       0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
                  ) e(day, direct, online, postal, early, on_time, late, late_slip, withdrawn, closed, overdue)
                 WHERE e.day IS NOT NULL
                 GROUP BY d.unit_code, e.day
                """.formatted(source);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, asOf);
            ps.setObject(2, asOf);
            ps.setObject(3, asOf);
            ps.setObject(4, asOf);
            ps.setLong(5, importId);
            ps.setLong(6, importId);
            ps.setBoolean(7, slipColumn);
            ps.executeUpdate();
        }
    }

    /** Drops an import's tally (it is replaced, or about to be written again). */
    static void delete(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM dossier_tally WHERE import_id = ?")) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
    }

    /**
     * Writes the tallies of these imports again from their dossiers, after a calendar edit changed the outcomes or
     * the overdue days: with the export's day and whether it had the slip column, as the import wrote them.
     */
    static void rewrite(Connection c, Collection<Long> importIds) throws SQLException {
        SortedSet<Long> ids = new TreeSet<>(importIds);   // one order: two edits lock the same rows the same way
        for (long id : ids) {
            LocalDate asOf;
            boolean slips;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.as_of, EXISTS (SELECT 1 FROM dossier_tally t
                                             WHERE t.import_id = i.id AND t.late_with_apology IS NOT NULL)
                      FROM dossier_import i WHERE i.id = ?""")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    asOf = rs.getObject(1, LocalDate.class);
                    slips = rs.getBoolean(2);
                }
            }
            delete(c, id);
            write(c, "dossier", id, asOf, slips);
        }
    }
}
