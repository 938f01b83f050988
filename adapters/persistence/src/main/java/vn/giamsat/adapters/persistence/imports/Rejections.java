package vn.giamsat.adapters.persistence.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.giamsat.application.common.SpreadsheetCells;
import vn.giamsat.application.dossier.model.RejectedRow;
import vn.giamsat.application.dossier.model.RejectionReport;
import vn.giamsat.domain.common.Reason;

/**
 * Collects rejected rows: the first ones in memory for the screen, all of them in a temporary CSV file for the
 * download, so a file with a million bad rows does not fill the heap. The file is created on the first rejection.
 */
final class Rejections implements RejectionReport {
    static final int KEPT_IN_MEMORY = 200;

    private final List<RejectedRow> first = new ArrayList<>();
    private long total;
    private Path file;
    private BufferedWriter out;

    void add(long line, String column, Reason reason, String value) {
        RejectedRow row = new RejectedRow(line, column, reason, value);
        total++;
        if (first.size() < KEPT_IN_MEMORY) {
            first.add(row);
        }
        try {
            if (out == null) {
                file = Files.createTempFile("giamsat-import-rejections-", ".csv");
                file.toFile().deleteOnExit();
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write('\uFEFF');
                out.write("dong;cot;ma_loi;ly_do;reason;gia_tri\r\n");
            }
            out.write(row.line() + ";" + csv(row.column()) + ";" + csv(reason.code()) + ";" + csv(reason.vietnamese())
                    + ";" + csv(reason.english()) + ";" + csv(row.value()) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejection report", e);
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Closes the report file for reading; nothing may be added after. */
    Rejections finish() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    void discard() {
        finish();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; deleteOnExit takes it otherwise
            }
        }
    }

    /** A text field: never one a spreadsheet would run as a formula (the value comes from the uploaded file). */
    private static String csv(String text) {
        if (text == null) {
            return "";
        }
        String s = SpreadsheetCells.neutralize(text);
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public List<RejectedRow> first() {
        return Collections.unmodifiableList(first);
    }

    @Override
    public void writeCsv(OutputStream target) throws IOException {
        if (file == null) {
            target.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            target.write("dong;cot;ma_loi;ly_do;reason;gia_tri\r\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Files.copy(file, target);
    }
}
