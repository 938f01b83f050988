package vn.giamsat.adapters.fileimport;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.giamsat.application.dossier.port.out.TableFilePort.Problem;
import vn.giamsat.application.dossier.port.out.TableFilePort.Table;

/**
 * RFC 4180 records on commons-csv: quoted fields may hold separators, doubled quotes and line breaks. The
 * separator (comma, semicolon or tab, as Excel writes by locale) is the first one on the header line; a byte-order
 * mark before the header is dropped. Blank lines are not records.
 */
final class CsvTable implements Table {
    private static final int PEEK = 1 << 16;
    /** What commons-csv may have read ahead of the record it returns (its buffer), with room to spare. */
    private static final int READ_AHEAD = 1 << 14;

    private final Limits limits;
    private final BoundedReader bounded;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> fields = List.of();
    private long line;
    private long linesBefore;
    private int headerWidth = -1;
    private Problem problem;
    private boolean ended;

    CsvTable(Reader in, Limits limits) throws IOException {
        this.limits = limits;
        PushbackReader peekable = new PushbackReader(in, PEEK);
        char[] head = new char[PEEK];
        int n = 0;
        for (int r; n < PEEK && (r = peekable.read(head, n, PEEK - n)) > 0; ) {
            n += r;
        }
        int from = n > 0 && head[0] == '\uFEFF' ? 1 : 0;
        char separator = separator(head, from, n);
        if (n > from) {
            peekable.unread(head, from, n - from);
        }
        bounded = new BoundedReader(peekable);
        bounded.limit = limits.maxRecordChars() + (long) PEEK + READ_AHEAD;
        parser = CSVParser.builder().setReader(bounded)
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get()).get();
        records = parser.iterator();
    }

    /** The first of comma, semicolon and tab outside quotes on the header line; comma if none. */
    private static char separator(char[] head, int from, int n) {
        boolean quoted = false;
        for (int i = from; i < n; i++) {
            char c = head[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                return c;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
        }
        return ',';
    }

    @Override
    public boolean next() throws IOException {
        problem = null;
        fields = List.of();
        while (!ended) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    ended = true;
                    return false;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                return fail(e.getCause());
            } catch (IllegalStateException e) {
                return fail(e.getCause() instanceof IOException io ? io : new IOException(e));
            }
            line = linesBefore + 1;
            linesBefore = parser.getCurrentLineNumber();
            // The next record may take maxRecordChars from what is read so far (plus the parser's buffer).
            bounded.limit = bounded.count + limits.maxRecordChars() + READ_AHEAD;
            String[] values = record.values();
            if (values.length == 1 && values[0].isEmpty()) {
                continue; // a blank line
            }
            check(values);
            if (problem == null) {
                fields = Arrays.asList(values);
            }
            return true;
        }
        return false;
    }

    private void check(String[] values) {
        if (headerWidth < 0) {
            headerWidth = values.length;
        }
        if (values.length > limits.maxColumns()) {
            problem = Problems.beyondLastColumn(line, limits.maxColumns() + 1, limits.maxColumns());
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].length() > limits.maxCellChars()) {
                problem = Problems.cellTooLong(line, i + 1, values[i].length(), limits.maxCellChars());
                return;
            }
        }
        for (int i = values.length - 1; i >= headerWidth; i--) {
            if (!values[i].isEmpty()) {
                problem = Problems.tooWide(line, i + 1, headerWidth);
                return;
            }
        }
    }

    /** A record that cannot be parsed ends the file: the parser's place in it is lost. */
    private boolean fail(Throwable cause) throws IOException {
        ended = true;
        line = linesBefore + 1;
        if (cause instanceof CharacterCodingException e) {
            throw e;
        }
        if (cause instanceof RecordTooLong) {
            problem = Problems.recordTooLong(line, limits.maxRecordChars());
        } else {
            problem = Problems.brokenQuotes(line, cause == null ? "?" : String.valueOf(cause.getMessage()));
        }
        return true;
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long", null);
        }
    }

    /** Counts what the parser reads and stops it past the limit, so one endless record cannot fill the heap. */
    private static final class BoundedReader extends FilterReader {
        long count;
        long limit;

        BoundedReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++count > limit) {
                throw new RecordTooLong();
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > limit) {
                throw new RecordTooLong();
            }
            return n;
        }
    }
}
