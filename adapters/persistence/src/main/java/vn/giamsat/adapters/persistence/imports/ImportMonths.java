package vn.giamsat.adapters.persistence.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The months of receipt of one import (decision 045): its dossiers are stored in a partition per month, which
 * can be archived on its own. Counted while the file streams by (one array slot per month, no second pass over
 * the rows): how many dossiers, the span of their due dates (a calendar edit reads only the months whose due
 * dates it can move) and how many are still open, with the last closing of the others (archiving a month changes
 * the figures of every period in which one of its dossiers was open).
 */
final class ImportMonths {
    /** Months the staging table gets a partition for before the file is read: the two years up to the export's day. */
    static final int WINDOW = 24;
    /** Years 0 to 9999, every year a timestamp of the export can have: 120,000 references, under 1 MB. */
    private static final int FIRST_YEAR = 0;
    private static final int MONTHS = 12 * 10_000;

    private static final class Month {
        long dossiers;
        long open;
        LocalDateTime dueFrom;
        LocalDateTime dueTo;
        LocalDateTime closedTo;
    }

    private final Month[] months = new Month[MONTHS];
    private int first = MONTHS;
    private int last = -1;

    /** The first month of the window of an export made on {@code asOf}. */
    static LocalDate windowStart(LocalDate asOf) {
        return asOf.withDayOfMonth(1).minusMonths(WINDOW - 1);
    }

    static LocalDate windowEnd(LocalDate asOf) {
        return asOf.withDayOfMonth(1);
    }

    void add(DossierRowReader.Row row) {
        LocalDateTime received = row.receivedAt();
        int i = (received.getYear() - FIRST_YEAR) * 12 + received.getMonthValue() - 1;
        if (i < 0 || i >= MONTHS) {
            throw new IllegalArgumentException("Received in a year outside 0-9999: " + received);
        }
        Month m = months[i];
        if (m == null) {
            m = months[i] = new Month();
            m.dueFrom = row.dueAt();
            m.dueTo = row.dueAt();
            first = Math.min(first, i);
            last = Math.max(last, i);
        } else if (row.dueAt().isBefore(m.dueFrom)) {
            m.dueFrom = row.dueAt();
        } else if (row.dueAt().isAfter(m.dueTo)) {
            m.dueTo = row.dueAt();
        }
        m.dossiers++;
        // As the period figures close a dossier (JdbcComputedFigures): a withdrawn one on its resolution, or receipt.
        LocalDateTime closed = row.withdrawn() ? (row.resolvedAt() != null ? row.resolvedAt() : received) : row.resolvedAt();
        if (closed == null) {
            m.open++;
        } else if (m.closedTo == null || closed.isAfter(m.closedTo)) {
            m.closedTo = closed;
        }
    }

    private static LocalDate month(int i) {
        return LocalDate.of(FIRST_YEAR + i / 12, i % 12 + 1, 1);
    }

    /** Makes the import's partitions exactly its months, and records them; before the import is attached. */
    void store(Connection c, long importId) throws SQLException {
        java.util.List<LocalDate> present = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dossier_month (import_id, month, dossiers, due_from, due_to, open_dossiers, closed_to)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = first; i <= last; i++) {
                Month m = months[i];
                if (m == null) {
                    continue;
                }
                present.add(month(i));
                ps.setLong(1, importId);
                ps.setObject(2, month(i));
                ps.setLong(3, m.dossiers);
                ps.setTimestamp(4, Timestamp.valueOf(m.dueFrom));
                ps.setTimestamp(5, Timestamp.valueOf(m.dueTo));
                ps.setLong(6, m.open);
                ps.setTimestamp(7, m.closedTo == null ? null : Timestamp.valueOf(m.closedTo));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_import_months(?, ?)")) {
            Array array = c.createArrayOf("date", present.toArray());
            ps.setLong(1, importId);
            ps.setArray(2, array);
            ps.execute();
            array.free();
        }
    }

    /** The staging table, partitioned by month over the window of the export's day (changelog 790). */
    static void stage(Statement st, long importId, LocalDate asOf) throws SQLException {
        st.execute("SELECT dossier_import_stage(" + importId + ", DATE '" + windowStart(asOf) + "', DATE '"
                + windowEnd(asOf) + "')");
    }
}
