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
 * months present), not by the number of dossiers.
 */
final class FigureTally {
    record Key(String unit, int yearMonth, String procedure, int channel) {
        // The default record hash of similar codes ("20000", "20003"; "1.001000", "1.001001") collides a lot.
        @Override
        public int hashCode() {
            long h = unit.hashCode() * 0x9E3779B97F4A7C15L + procedure.hashCode();
            h = h * 0x9E3779B97F4A7C15L + yearMonth * 4L + channel;
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            return (int) h;
        }
    }

    private record UnitKey(String unit, int yearMonth, int channel) {}

    private final Map<Key, long[]> counts = new HashMap<>();

    void add(DossierRowReader.Row r) {
        int ym = r.receivedAt().getYear() * 100 + r.receivedAt().getMonthValue();
        long[] c = counts.computeIfAbsent(new Key(r.unit(), ym, r.procedure(), r.channel().nationalCode()),
                k -> new long[Outcome.values().length]);
        c[r.outcome().ordinal()]++;
    }

    int size() {
        return counts.size();
    }

    /** COPY text rows for {@code dossier_figures}. */
    void writeFigures(long importId, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(128);
        for (Map.Entry<Key, long[]> e : counts.entrySet()) {
            Key k = e.getKey();
            b.setLength(0);
            b.append(importId).append('\t').append(k.unit()).append('\t');
            month(b, k.yearMonth()).append('\t').append(k.procedure()).append('\t').append(k.channel());
            counts(b, e.getValue());
            out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** COPY text rows for {@code dossier_figures_unit}: the same summed over procedures. */
    void writeUnitFigures(long importId, OutputStream out) throws IOException {
        Map<UnitKey, long[]> byUnit = new HashMap<>();
        for (Map.Entry<Key, long[]> e : counts.entrySet()) {
            Key k = e.getKey();
            long[] sum = byUnit.computeIfAbsent(new UnitKey(k.unit(), k.yearMonth(), k.channel()),
                    x -> new long[Outcome.values().length]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += e.getValue()[i];
            }
        }
        StringBuilder b = new StringBuilder(128);
        for (Map.Entry<UnitKey, long[]> e : byUnit.entrySet()) {
            UnitKey k = e.getKey();
            b.setLength(0);
            b.append(importId).append('\t').append(k.unit()).append('\t');
            month(b, k.yearMonth()).append('\t').append(k.channel());
            counts(b, e.getValue());
            out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    static final String COLUMNS = "received, early, on_time, late, in_progress_within_deadline, in_progress_overdue, withdrawn";

    private static StringBuilder month(StringBuilder b, int ym) {
        int m = ym % 100;
        return b.append(ym / 100).append('-').append(m < 10 ? "0" : "").append(m).append("-01");
    }

    private static void counts(StringBuilder b, long[] c) {
        long received = 0;
        for (long v : c) {
            received += v;
        }
        b.append('\t').append(received)
                .append('\t').append(c[Outcome.EARLY.ordinal()])
                .append('\t').append(c[Outcome.ON_TIME.ordinal()])
                .append('\t').append(c[Outcome.LATE.ordinal()])
                .append('\t').append(c[Outcome.IN_PROGRESS_WITHIN_DEADLINE.ordinal()])
                .append('\t').append(c[Outcome.IN_PROGRESS_OVERDUE.ordinal()])
                .append('\t').append(c[Outcome.WITHDRAWN.ordinal()])
                .append('\n');
    }
}
