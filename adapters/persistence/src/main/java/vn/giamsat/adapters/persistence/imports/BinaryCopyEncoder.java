package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import vn.giamsat.domain.dossier.DossierStatus;
import vn.giamsat.domain.dossier.Outcome;

/**
 * Writes staged rows in COPY's binary format straight into a byte buffer: the server then parses no text (no
 * timestamps, numbers or escapes to read), which is most of its work in a text COPY; and no String is made per
 * row here. Buffers go to the server through a {@link CopyPipe}.
 */
final class BinaryCopyEncoder {
    static final String COLUMNS = "line_no, dossier_code, unit_code, procedure_code, channel, received_at, due_at, "
            + "resolved_at, returned_at, status, withdrawn, outcome, paused_minutes, apology_on, new_due_at, "
            + "supplements_again, result_digitized, fee_paid_online";
    private static final short FIELDS = 18;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** PostgreSQL counts timestamps in microseconds from 2000-01-01 00:00. */
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final byte[][] STATUS = names(DossierStatus.values());
    private static final byte[][] OUTCOME = names(Outcome.values());

    private final CopyPipe pipe;
    private byte[] buf;
    private int n;

    BinaryCopyEncoder(CopyPipe pipe, int bufferSize) {
        this.pipe = pipe;
        this.buf = new byte[bufferSize];
        System.arraycopy(SIGNATURE, 0, buf, 0, SIGNATURE.length);
        n = SIGNATURE.length;
        int32(0);   // flags: no OIDs
        int32(0);   // no header extension
    }

    void write(DossierRowReader.Row r) throws IOException {
        // A row is at most ~12 * 4 + 4 * 8 + 3 * 120 (codes: ASCII, checked before) + status and outcome bytes.
        if (n > buf.length - 1024) {
            flushBuffer();
        }
        int16(FIELDS);
        int32(8);
        int64(r.line());
        text(r.code());
        text(r.unit());
        text(r.procedure());
        int32(2);
        int16((short) r.channel().nationalCode());
        time(r.receivedAt());
        time(r.dueAt());
        time(r.resolvedAt());
        time(r.returnedAt());
        bytes(STATUS[r.status().ordinal()]);
        int32(1);
        buf[n++] = (byte) (r.withdrawn() ? 1 : 0);
        bytes(OUTCOME[r.outcome().ordinal()]);
        // The optional columns: mostly null (4 bytes each) when the export has none of them.
        if (r.pausedMinutes() == null) {
            int32(-1);
        } else {
            int32(4);
            int32(r.pausedMinutes());
        }
        if (r.apologyOn() == null) {
            int32(-1);
        } else {
            int32(4);
            int32((int) (r.apologyOn().toEpochDay() - PG_EPOCH_SECONDS / 86_400L));
        }
        time(r.newDueAt());
        flag(r.supplementsAgain());
        flag(r.resultDigitized());
        flag(r.feePaidOnline());
    }

    private void flag(Boolean b) {
        if (b == null) {
            int32(-1);
            return;
        }
        int32(1);
        buf[n++] = (byte) (b ? 1 : 0);
    }

    /** Writes the trailer and hands over what is left; the pipe then ends the COPY. */
    void finish() throws IOException {
        int16((short) -1);
        flushBuffer();
    }

    private void flushBuffer() throws IOException {
        buf = pipe.send(buf, n);
        n = 0;
    }

    private void text(String s) {
        int len = s.length();
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        int32(len);
        for (int i = 0; i < len; i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    private void bytes(byte[] b) {
        int32(b.length);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    private void time(LocalDateTime t) {
        if (t == null) {
            int32(-1);
            return;
        }
        int32(8);
        int y = t.getYear();
        long day = y >= FIRST_YEAR && y < FIRST_YEAR + YEARS
                ? MONTH_STARTS[(y - FIRST_YEAR) * 12 + t.getMonthValue() - 1] + t.getDayOfMonth() - 1
                : t.toLocalDate().toEpochDay();
        long seconds = day * 86_400L + t.toLocalTime().toSecondOfDay() - PG_EPOCH_SECONDS;
        int64(seconds * 1_000_000L + t.getNano() / 1_000);
    }

    // Epoch day of the 1st of each month of the years the import accepts: four timestamps a row, without the
    // general calendar arithmetic of LocalDate.toEpochDay.
    private static final int FIRST_YEAR = 1990;
    private static final int YEARS = 111;
    private static final long[] MONTH_STARTS = new long[YEARS * 12];

    static {
        for (int i = 0; i < MONTH_STARTS.length; i++) {
            MONTH_STARTS[i] = java.time.LocalDate.of(FIRST_YEAR + i / 12, i % 12 + 1, 1).toEpochDay();
        }
    }

    private void int16(short v) {
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
    }

    private void int32(int v) {
        buf[n++] = (byte) (v >>> 24);
        buf[n++] = (byte) (v >>> 16);
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private static byte[][] names(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (Enum<?> v : values) {
            out[v.ordinal()] = v.name().getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
