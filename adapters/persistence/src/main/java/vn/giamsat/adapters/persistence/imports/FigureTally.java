package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import vn.giamsat.domain.dossier.Outcome;

/**
 * Counts outcomes per unit × month of receipt × procedure × channel while the file streams by, so the figures
 * cost no second pass over the staged rows. Its size is bounded by the catalogue (units × procedures × channels ×
 * months present), not by the number of dossiers. Keys are packed into a long (catalogue numbers of the unit and
 * the procedure, month, channel) in an open-addressing table: no object per row, few cache misses.
 */
final class FigureTally {
    private static final int OUTCOMES = Outcome.values().length;
    /** One more count a key: the late dossiers with an apology slip (issue 16), beside the outcomes. */
    private static final int SLOTS = OUTCOMES + 1;
    private static final int FIRST_YEAR = 1900;   // months are counted from January 1900 (14 bits reach 2265)

    private final ImportCatalog catalog;
    private long[] keys = new long[1 << 12];      // 0: empty slot (a packed key is never 0: channel is 1..3)
    private int[] counts = new int[keys.length * SLOTS];   // int: a file has fewer than 2^31 rows; half the cache misses
    private int size;

    /** Whether the export has the apology-slip column; without it the late-with-apology count is null (not known). */
    private boolean apologyKnown;

    FigureTally(ImportCatalog catalog) {
        this.catalog = catalog;
    }

    void apologyColumn(boolean present) {
        apologyKnown = present;
    }

    void add(DossierRowReader.Row r) {
        int month = (r.receivedAt().getYear() - FIRST_YEAR) * 12 + r.receivedAt().getMonthValue() - 1;
        long key = ((long) r.unitIndex() << 36) | ((long) r.procedureIndex() << 16) | ((long) month << 2)
                | r.channel().nationalCode();
        int slot = slot(key);   // first: it may grow the table, and with it replace counts
        counts[slot * SLOTS + r.outcome().ordinal()]++;
        if (r.lateWithApology()) {
            counts[slot * SLOTS + OUTCOMES]++;
        }
    }

    int size() {
        return size;
    }

    private int slot(long key) {
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
                    return slot(key);
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

    private String unit(long key) {
        return catalog.unitCode((int) (key >>> 36));
    }

    private String procedure(long key) {
        return catalog.procedureCode((int) ((key >>> 16) & 0xFFFFF));
    }

    private static int month(long key) {
        return (int) ((key >>> 2) & 0x3FFF);
    }

    private static int channel(long key) {
        return (int) (key & 3);
    }

    /** COPY text rows for {@code dossier_figures}. */
    void writeFigures(long importId, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(128);
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == 0) {
                continue;
            }
            b.setLength(0);
            b.append(importId).append('\t').append(unit(k)).append('\t');
            month(b, month(k)).append('\t').append(procedure(k)).append('\t').append(channel(k));
            long[] c = new long[SLOTS];
            for (int o = 0; o < SLOTS; o++) {
                c[o] = counts[i * SLOTS + o];
            }
            counts(b, c, 0);
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** COPY text rows for {@code dossier_figures_unit}: the same summed over procedures. */
    void writeUnitFigures(long importId, OutputStream out) throws IOException {
        // Unit × month × channel: the procedure bits masked out. A few thousand entries: a plain map is fine.
        Map<Long, long[]> byUnit = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == 0) {
                continue;
            }
            long[] sum = byUnit.computeIfAbsent(k & ~(0xFFFFFL << 16), x -> new long[SLOTS]);
            for (int o = 0; o < SLOTS; o++) {
                sum[o] += counts[i * SLOTS + o];
            }
        }
        StringBuilder b = new StringBuilder(128);
        for (Map.Entry<Long, long[]> e : byUnit.entrySet()) {
            long k = e.getKey();
            b.setLength(0);
            b.append(importId).append('\t').append(unit(k)).append('\t');
            month(b, month(k)).append('\t').append(channel(k));
            counts(b, e.getValue(), 0);
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static final String COLUMNS = "received, early, on_time, late, in_progress_within_deadline, in_progress_overdue, withdrawn, "
            + "late_with_apology";

    private static StringBuilder month(StringBuilder b, int month) {
        int m = month % 12 + 1;
        return b.append(FIRST_YEAR + month / 12).append('-').append(m < 10 ? "0" : "").append(m).append("-01");
    }

    private void counts(StringBuilder b, long[] c, int from) {
        long received = 0;
        for (int o = 0; o < OUTCOMES; o++) {
            received += c[from + o];
        }
        b.append('\t').append(received)
                .append('\t').append(c[from + Outcome.EARLY.ordinal()])
                .append('\t').append(c[from + Outcome.ON_TIME.ordinal()])
                .append('\t').append(c[from + Outcome.LATE.ordinal()])
                .append('\t').append(c[from + Outcome.IN_PROGRESS_WITHIN_DEADLINE.ordinal()])
                .append('\t').append(c[from + Outcome.IN_PROGRESS_OVERDUE.ordinal()])
                .append('\t').append(c[from + Outcome.WITHDRAWN.ordinal()])
                .append('\t');
        if (apologyKnown) {
            b.append(c[from + OUTCOMES]);
        } else {
            b.append("\\N");
        }
        b.append('\n');
    }
}
