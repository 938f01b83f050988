package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * Writes staged rows in COPY's text format straight into a byte buffer: no String per row, no JDBC parameter
 * per value. Codes are printable ASCII without spaces (checked before), so only the backslash needs escaping.
 */
final class CopyRowEncoder {
    static final String COLUMNS = "line_no, dossier_code, unit_code, procedure_code, channel, received_at, due_at, "
            + "resolved_at, returned_at, status, withdrawn, outcome";

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    CopyRowEncoder(OutputStream out) {
        this.out = out;
    }

    void write(DossierRowReader.Row r) throws IOException {
        if (n > buf.length - 1024) {
            flush();
        }
        number(r.line());
        tab();
        ascii(r.code());
        tab();
        ascii(r.unit());
        tab();
        ascii(r.procedure());
        tab();
        number(r.channel().nationalCode());
        tab();
        time(r.receivedAt());
        tab();
        time(r.dueAt());
        tab();
        time(r.resolvedAt());
        tab();
        time(r.returnedAt());
        tab();
        ascii(r.status().name());
        tab();
        buf[n++] = (byte) (r.withdrawn() ? 't' : 'f');
        tab();
        ascii(r.outcome().name());
        buf[n++] = '\n';
    }

    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    private void tab() {
        buf[n++] = '\t';
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                buf[n++] = '\\';
            }
            buf[n++] = (byte) c;
        }
    }

    private void number(long v) {
        ascii(Long.toString(v));
    }

    private void time(LocalDateTime t) {
        if (t == null) {
            buf[n++] = '\\';
            buf[n++] = 'N';
            return;
        }
        pad(t.getYear(), 4);
        buf[n++] = '-';
        pad(t.getMonthValue(), 2);
        buf[n++] = '-';
        pad(t.getDayOfMonth(), 2);
        buf[n++] = ' ';
        pad(t.getHour(), 2);
        buf[n++] = ':';
        pad(t.getMinute(), 2);
        buf[n++] = ':';
        pad(t.getSecond(), 2);
    }

    private void pad(int v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[n + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n += width;
    }
}
