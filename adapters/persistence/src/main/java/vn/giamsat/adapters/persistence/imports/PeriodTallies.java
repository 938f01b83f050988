package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.dossier.Outcome;

/**
 * The tally of one import per unit code × day ({@code dossier_tally}, issue 16, decision 044): the dossiers
 * received (by channel), closed (by outcome), and the change in those open and past their deadline.
 * {@link JdbcComputedFigures} sums the rows up to a period's last day, so a province's figures for any period
 * read a few rows per unit and day instead of every dossier.
 *
 * <p>The rules are those {@link JdbcComputedFigures} applied to the dossiers at query time (decision 027), moved to
 * the day they take effect on:
 * <ul>
 *   <li>a dossier is open from its day of receipt until the day it closes (its resolution; a withdrawn one without
 *       a date closes on its day of receipt);</li>
 *   <li>an open dossier is past its deadline on day J when its due date is on or before the last working day
 *       before J, that is from the day after {@link WorkingCalendar#onOrAfter the first working day on or after its
 *       due date}. Open dossiers are judged on the period's last day, or on the export's day if earlier: a dossier
 *       that would become overdue only after the export's day never does here.</li>
 * </ul>
 * Counted in Java while the file streams by (no second pass over a million staged rows; an {@code INSERT ... SELECT}
 * doing the same took the import from 0.9 to 0.2 of plain COPY's speed). A calendar edit (decision 015), which moves
 * outcomes and the days dossiers become overdue on, moves the stored rows by the difference of the dossiers it
 * judges again ({@link #move}, {@link #storeDifference}). Its size is bounded by
 * units × days, not by dossiers. Keys (unit number, day) are packed into a long in an open-addressing table.
 *
 * <p>The month roll-up of these rows ({@code dossier_tally_month}, decision 053) is not written here: triggers on
 * {@code dossier_tally} sum again the months each statement touched (changelog 840), whoever writes the rows.
 */
final class PeriodTallies {
    private static final int DIRECT = 0, ONLINE = 1, POSTAL = 2, EARLY = 3, ON_TIME = 4, LATE = 5, LATE_SLIP = 6,
            WITHDRAWN = 7, CLOSED = 8, OVERDUE = 9, DIGITIZED = 10, DIGITIZED_UNKNOWN = 11, SLOTS = 12;
    static final String COLUMNS = "import_id, unit_code, day, received_direct, received_online, received_postal,"
            + " early, on_time, late, late_with_apology, withdrawn, closed, overdue_change, resolved_digitized,"
            + " resolved_digitized_unknown";
    /** "Not overdue by the export's day" in the cache of due dates. */
    private static final LocalDate NEVER = LocalDate.MAX;

    private final WorkingCalendar calendar;
    private final LocalDate asOf;
    private boolean slipColumn;
    private boolean digitizedColumn;
    private final Map<String, Integer> unitNumbers = new HashMap<>();
    private final List<String> units = new ArrayList<>();
    /** Due date → the day a dossier due then is overdue from (NEVER: not by the export's day). */
    private final Map<LocalDate, LocalDate> overdueFrom = new HashMap<>();
    /** The same for the calendar before an edit ({@link #move}). */
    private final Map<LocalDate, LocalDate> overdueFromBefore = new HashMap<>();
    private long[] keys = new long[1 << 12];   // 0: empty (a key always has bit 62 set)
    private int[] counts = new int[keys.length * SLOTS];
    private int size;

    /** {@code calendar}: the calendar the outcomes were judged with; {@code asOf}: the export's day. */
    PeriodTallies(WorkingCalendar calendar, LocalDate asOf) {
        this.calendar = calendar;
        this.asOf = asOf;
    }

    /** Whether the export has the apology-slip column; without it late_with_apology is null ("not in this export"). */
    void slipColumn(boolean present) {
        slipColumn = present;
    }

    /**
     * Whether the export has the column {@code so_hoa_ket_qua} (result digitized); without it the two counts of
     * digitized results are null ("not in this export"), as late_with_apology without the slip column.
     */
    void digitizedColumn(boolean present) {
        digitizedColumn = present;
    }

    void add(DossierRowReader.Row r) {
        add(r.unit(), r.channel().nationalCode(), r.receivedAt().toLocalDate(), r.dueAt().toLocalDate(),
                r.resolvedAt() == null ? null : r.resolvedAt().toLocalDate(), r.withdrawn(), r.outcome(),
                r.apologyOn() != null, r.resultDigitized());
    }

    /** {@code digitized}: the dossier's flag "result digitized", null when its row does not say. */
    void add(String unit, int channel, LocalDate received, LocalDate due, LocalDate resolved, boolean withdrawn,
             Outcome outcome, boolean slip, Boolean digitized) {
        count(1, overdueFrom(calendar, overdueFrom, due), unit, channel, received, resolved, withdrawn, outcome, slip,
                digitized);
    }

    /**
     * A calendar edit's difference for one dossier: its contribution as judged with {@code before} (outcome
     * {@code was}) taken away, its contribution with this tally's calendar (outcome {@code now}) added. The same
     * rule as {@link #add}, applied twice, so that the rule is written once.
     */
    void move(WorkingCalendar before, String unit, int channel, LocalDate received, LocalDate due, LocalDate resolved,
              boolean withdrawn, Outcome was, Outcome now, boolean slip, Boolean digitized) {
        count(-1, overdueFrom(before, overdueFromBefore, due), unit, channel, received, resolved, withdrawn, was, slip,
                digitized);
        count(1, overdueFrom(calendar, overdueFrom, due), unit, channel, received, resolved, withdrawn, now, slip,
                digitized);
    }

    private LocalDate overdueFrom(WorkingCalendar cal, Map<LocalDate, LocalDate> cache, LocalDate due) {
        return cache.computeIfAbsent(due, d -> {
            LocalDate lastDay = cal.onOrAfter(d);
            return lastDay.isBefore(asOf) ? lastDay.plusDays(1) : NEVER;
        });
    }

    /** One dossier's contribution, times {@code sign}; {@code from}: the day it is overdue from, or NEVER. */
    private void count(int sign, LocalDate from, String unit, int channel, LocalDate received, LocalDate resolved,
                       boolean withdrawn, Outcome outcome, boolean slip, Boolean digitized) {
        int u = unitNumbers.computeIfAbsent(unit, k -> {
            units.add(k);
            return units.size() - 1;
        });
        // The slot first, then the array: finding a slot may grow the table, and with it replace counts.
        int r = slot(u, received);
        counts[r * SLOTS + (channel - 1)] += sign;
        LocalDate closed = withdrawn && resolved == null ? received : resolved;
        LocalDate overdue = from == NEVER ? null : from.isBefore(received) ? received : from;
        if (closed != null) {
            int s = slot(u, closed) * SLOTS;
            counts[s + CLOSED] += sign;
            if (withdrawn) {
                counts[s + WITHDRAWN] += sign;
            } else if (outcome == Outcome.EARLY) {
                counts[s + EARLY] += sign;
            } else if (outcome == Outcome.ON_TIME) {
                counts[s + ON_TIME] += sign;
            } else if (outcome == Outcome.LATE) {
                counts[s + LATE] += sign;
                if (slip) {
                    counts[s + LATE_SLIP] += sign;
                }
            }
            if (!withdrawn && (outcome == Outcome.EARLY || outcome == Outcome.ON_TIME || outcome == Outcome.LATE)) {
                // Resolved: its result digitized, or its row silent (which leaves the period's count not reported).
                if (digitized == null) {
                    counts[s + DIGITIZED_UNKNOWN] += sign;
                } else if (digitized) {
                    counts[s + DIGITIZED] += sign;
                }
            }
            if (overdue != null && !closed.isBefore(overdue)) {
                counts[s + OVERDUE] -= sign;
            }
        }
        if (overdue != null && (closed == null || !closed.isBefore(overdue))) {
            int o = slot(u, overdue);
            counts[o * SLOTS + OVERDUE] += sign;
        }
    }

    private int slot(int unit, LocalDate day) {
        long key = (1L << 62) | ((long) unit << 32) | (day.toEpochDay() & 0xFFFFFFFFL);
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                if (size * 2 >= keys.length) {
                    grow();
                    return slot(unit, day);
                }
                keys[i] = key;
                size++;
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length * SLOTS];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                System.arraycopy(oldCounts, j * SLOTS, counts, i * SLOTS, SLOTS);
            }
        }
    }

    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    /** Stores the tally as the rows of {@code importId}, by COPY, in the caller's transaction. */
    void store(Connection c, long importId) throws SQLException {
        PGCopyOutputStream out = new PGCopyOutputStream(c.unwrap(PGConnection.class),
                "COPY dossier_tally (" + COLUMNS + ") FROM STDIN", 1 << 16);
        try (out) {
            write(importId, out);
        } catch (IOException e) {
            throw new SQLException("Cannot store the tallies per unit and day", e);
        }
    }

    private void write(long importId, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(128);
        for (int i : inKeyOrder()) {
            long k = keys[i];
            int s = i * SLOTS;
            if (unchanged(s)) {
                continue;
            }
            b.setLength(0);
            b.append(importId).append('\t').append(units.get((int) ((k >>> 32) & 0x3FFFFFFF))).append('\t')
                    .append(LocalDate.ofEpochDay((int) k)).append('\t').append(counts[s + DIRECT]).append('\t')
                    .append(counts[s + ONLINE]).append('\t').append(counts[s + POSTAL]).append('\t')
                    .append(counts[s + EARLY]).append('\t').append(counts[s + ON_TIME]).append('\t')
                    .append(counts[s + LATE]).append('\t');
            if (slipColumn) {
                b.append(counts[s + LATE_SLIP]);
            } else {
                b.append("\\N");
            }
            b.append('\t').append(counts[s + WITHDRAWN]).append('\t').append(counts[s + CLOSED]).append('\t')
                    .append(counts[s + OVERDUE]).append('\t');
            if (digitizedColumn) {
                b.append(counts[s + DIGITIZED]).append('\t').append(counts[s + DIGITIZED_UNKNOWN]);
            } else {
                b.append("\\N\t\\N");
            }
            b.append('\n');
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The filled slots in the order of the table's keys, unit code then day: the rows reach both of dossier_tally's
     * indexes ((import_id, unit_code, day) and (unit_code, day)) in order, each insert next to the one before. In the
     * hash table's order (random) writing them took 1.5 to 3 times as long (decision 056, docs/performance.md).
     */
    private int[] inKeyOrder() {
        int[] rank = new int[units.size()];
        Integer[] byCode = new Integer[units.size()];
        for (int u = 0; u < byCode.length; u++) {
            byCode[u] = u;
        }
        java.util.Arrays.sort(byCode, java.util.Comparator.comparing(units::get));
        for (int r = 0; r < byCode.length; r++) {
            rank[byCode[r]] = r;
        }
        // Sorted on (unit's rank, day shifted so that days before 1970 sort first); each slot is then found again by
        // its key in the table.
        long[] order = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                order[n++] = ((long) rank[(int) ((k >>> 32) & 0x3FFFFFFF)] << 32) | ((k + 0x80000000L) & 0xFFFFFFFFL);
            }
        }
        java.util.Arrays.sort(order, 0, n);
        int[] slots = new int[n];
        int mask = keys.length - 1;
        for (int j = 0; j < n; j++) {
            int unit = byCode[(int) (order[j] >>> 32)];
            long key = (1L << 62) | ((long) unit << 32) | ((order[j] - 0x80000000L) & 0xFFFFFFFFL);
            int i = mix(key) & mask;
            while (keys[i] != key) {
                i = (i + 1) & mask;
            }
            slots[j] = i;
        }
        return slots;
    }

    private boolean unchanged(int s) {
        for (int j = s; j < s + SLOTS; j++) {
            if (counts[j] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds this tally, a calendar edit's difference ({@link #move}), to the stored rows of {@code importId}, in the
     * caller's transaction: rows of the same unit and day are updated, new ones inserted. Only the rows the edit
     * changed are written (a unit's days around the edited window), not the import's whole tally.
     */
    void storeDifference(Connection c, long importId) throws SQLException {
        List<String> unitCodes = new ArrayList<>();
        List<LocalDate> dayList = new ArrayList<>();
        List<Integer[]> columns = new ArrayList<>();
        for (int j = 0; j < SLOTS; j++) {
            columns.add(new Integer[size]);
        }
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == 0 || unchanged(i * SLOTS)) {
                continue;
            }
            unitCodes.add(units.get((int) ((k >>> 32) & 0x3FFFFFFF)));
            dayList.add(LocalDate.ofEpochDay((int) k));
            for (int j = 0; j < SLOTS; j++) {
                columns.get(j)[n] = counts[i * SLOTS + j];
            }
            n++;
        }
        if (n == 0) {
            return;
        }
        // Two statements for the whole difference: the rows there are updated, then the missing ones inserted.
        // Not INSERT ... ON CONFLICT: the checks of the table refuse the proposed row, a negative difference, before
        // the conflict is seen. A new row holds the difference alone, which is then the count itself (>= 0).
        // late_with_apology: null + n stays null ("not in this export"), as the import wrote it.
        String rows = " unnest(CAST(? AS text[]), CAST(? AS date[]), CAST(? AS int[]), CAST(? AS int[]),"
                + " CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]),"
                + " CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]), CAST(? AS int[]))"
                + " AS r (u, d, di, o, p, e, t, l, s, w, x, v, g, n)";
        String[] statements = {
            "UPDATE dossier_tally SET received_direct = received_direct + r.di, received_online = received_online + r.o,"
                    + " received_postal = received_postal + r.p, early = early + r.e, on_time = on_time + r.t,"
                    + " late = late + r.l, late_with_apology = late_with_apology + r.s, withdrawn = withdrawn + r.w,"
                    + " closed = closed + r.x, overdue_change = overdue_change + r.v,"
                    + " resolved_digitized = resolved_digitized + r.g,"
                    + " resolved_digitized_unknown = resolved_digitized_unknown + r.n"
                    + " FROM" + rows + " WHERE import_id = ? AND unit_code = r.u AND day = r.d",
            "INSERT INTO dossier_tally (" + COLUMNS + ") SELECT ?, u, d, di, o, p, e, t, l, CASE WHEN ? THEN s END, w, x, v,"
                    + " CASE WHEN ? THEN g END, CASE WHEN ? THEN n END"
                    + " FROM" + rows + " WHERE NOT EXISTS (SELECT 1 FROM dossier_tally t"
                    + " WHERE t.import_id = ? AND t.unit_code = r.u AND t.day = r.d)"};
        int[] order = {DIRECT, ONLINE, POSTAL, EARLY, ON_TIME, LATE, LATE_SLIP, WITHDRAWN, CLOSED, OVERDUE, DIGITIZED,
                DIGITIZED_UNKNOWN};
        for (int k = 0; k < 2; k++) {
            try (PreparedStatement ps = c.prepareStatement(statements[k])) {
                int i = 1;
                if (k == 1) {
                    ps.setLong(i++, importId);
                    ps.setBoolean(i++, slipColumn);
                    ps.setBoolean(i++, digitizedColumn);
                    ps.setBoolean(i++, digitizedColumn);
                }
                ps.setArray(i++, c.createArrayOf("text", unitCodes.toArray()));
                ps.setArray(i++, c.createArrayOf("date", dayList.toArray()));
                for (int j = 0; j < order.length; j++) {
                    ps.setArray(i++, c.createArrayOf("integer", java.util.Arrays.copyOf(columns.get(order[j]), n)));
                }
                ps.setLong(i, importId);
                ps.executeUpdate();
            }
        }
        // A row the edit emptied goes, as counting again would not have written it: the tally is then row for row
        // the one counted from the dossiers, not only the same sums.
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM dossier_tally t USING unnest(CAST(? AS text[]), CAST(? AS date[])) AS r (u, d)
                 WHERE t.import_id = ? AND t.unit_code = r.u AND t.day = r.d
                   AND t.received_direct = 0 AND t.received_online = 0 AND t.received_postal = 0 AND t.early = 0
                   AND t.on_time = 0 AND t.late = 0 AND coalesce(t.late_with_apology, 0) = 0 AND t.withdrawn = 0
                   AND t.closed = 0 AND t.overdue_change = 0 AND coalesce(t.resolved_digitized, 0) = 0
                   AND coalesce(t.resolved_digitized_unknown, 0) = 0""")) {
            ps.setArray(1, c.createArrayOf("text", unitCodes.toArray()));
            ps.setArray(2, c.createArrayOf("date", dayList.toArray()));
            ps.setLong(3, importId);
            ps.executeUpdate();
        }
    }

    /**
     * Stores a calendar edit's differences per import ({@link #move}), in import order, with each import's slip
     * and digitized-result columns as the import wrote them.
     */
    static void storeDifferences(Connection c, Map<Long, PeriodTallies> differences) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM dossier_tally t WHERE t.import_id = ? AND t.late_with_apology IS NOT NULL),
                       EXISTS (SELECT 1 FROM dossier_tally t WHERE t.import_id = ? AND t.resolved_digitized IS NOT NULL)""")) {
            for (var difference : new java.util.TreeMap<>(differences).entrySet()) {
                ps.setLong(1, difference.getKey());
                ps.setLong(2, difference.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    difference.getValue().slipColumn(rs.getBoolean(1));
                    difference.getValue().digitizedColumn(rs.getBoolean(2));
                }
                difference.getValue().storeDifference(c, difference.getKey());
            }
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
     * Writes the tallies of these imports again from their stored dossiers, after a calendar edit changed outcomes
     * or overdue days: with the edited calendar, the export's day and whether it had the slip column, as the import
     * wrote them.
     */
    static void rewrite(Connection c, Collection<Long> importIds, WorkingCalendar calendar) throws SQLException {
        SortedSet<Long> ids = new TreeSet<>(importIds);   // one order: two edits lock the same rows the same way
        for (long id : ids) {
            PeriodTallies tally;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.as_of, EXISTS (SELECT 1 FROM dossier_tally t
                                             WHERE t.import_id = i.id AND t.late_with_apology IS NOT NULL),
                           EXISTS (SELECT 1 FROM dossier_tally t
                                    WHERE t.import_id = i.id AND t.resolved_digitized IS NOT NULL)
                      FROM dossier_import i WHERE i.id = ?""")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    tally = new PeriodTallies(calendar, rs.getObject(1, LocalDate.class));
                    tally.slipColumn(rs.getBoolean(2));
                    tally.digitizedColumn(rs.getBoolean(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT unit_code, channel, received_at, due_at, resolved_at, withdrawn, outcome, apology_on IS NOT NULL,
                           result_digitized
                      FROM dossier WHERE import_id = ?""")) {
                ps.setFetchSize(10_000);
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp resolved = rs.getTimestamp(5);
                        tally.add(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toLocalDateTime().toLocalDate(),
                                rs.getTimestamp(4).toLocalDateTime().toLocalDate(),
                                resolved == null ? null : resolved.toLocalDateTime().toLocalDate(), rs.getBoolean(6),
                                Outcome.valueOf(rs.getString(7)), rs.getBoolean(8),
                                rs.getObject(9, Boolean.class));
                    }
                }
            }
            delete(c, id);
            tally.store(c, id);
        }
    }
}
