package vn.giamsat.adapters.fileimport;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.common.SpreadsheetCells;
import vn.giamsat.application.common.TableFilePort.Problem;
import vn.giamsat.application.common.TableFilePort.Table;

/**
 * A streaming RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks. The separator
 * (comma, semicolon or tab, as Excel writes by locale) is the first one outside quotes on the header line; a
 * byte-order mark before the header is dropped; blank lines are not records. It keeps one record in memory, never
 * more than {@link Limits#maxRecordChars()}: a longer record is skipped and reported, and reading goes on.
 *
 * <p>Hand-written rather than commons-csv: on the 1,000,000-row benchmark commons-csv cost two to three times the
 * CPU to parse and lowered the import's ratio by more than 10 % (decision 017).
 */
final class CsvTable implements Table {
    private final Reader in;
    private final Limits limits;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private char separator;
    private long physicalLine = 1;
    private long recordLine;
    private final List<String> fields = new ArrayList<>(16);
    private final StringBuilder field = new StringBuilder(64);
    private int recordChars;
    private Problem problem;
    private boolean first = true;
    private boolean skipNextEnd;
    private int headerWidth = -1;

    CsvTable(Reader in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    private int peek() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                eof = true;
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    @Override
    public boolean next() throws IOException {
        fields.clear();
        field.setLength(0);
        problem = null;
        recordChars = 0;
        skipNextEnd = false;
        if (first) {
            first = false;
            if (peek() == '\uFEFF') {
                pos++;
            }
            detectSeparator();
        }
        // Blank lines between records are not records.
        int c = peek();
        while (c == '\r' || c == '\n') {
            consumeLineBreak(c);
            c = peek();
        }
        if (c == -1) {
            return false;
        }
        recordLine = physicalLine;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            c = peek();
            if (c == -1) {
                if (quoted && problem == null) {
                    refuse(Problems.openQuote(recordLine));
                }
                endField();
                return endRecord();
            }
            pos++;
            if (++recordChars > limits.maxRecordChars() && problem == null) {
                refuse(Problems.recordTooLong(recordLine, limits.maxRecordChars()));
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        physicalLine++;
                    } else if (c == '\r') {
                        if (peek() != '\n') {
                            physicalLine++;
                        }
                    }
                    append((char) c);
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (fieldStart && c != separator && c != '\n' && c != '\r' && problem == null && field.isEmpty()) {
                // Fast path: an unquoted field that ends inside the buffer becomes a String in one copy.
                int start = pos - 1;
                int end = start;
                while (end < len) {
                    char d = buf[end];
                    if (d == separator || d == '\n' || d == '\r' || d == '"') {
                        break;
                    }
                    end++;
                }
                if (end < len && buf[end] != '"' && recordChars + (end - start) <= limits.maxRecordChars()
                        && end - start <= limits.maxCellChars()) {
                    recordChars += end - start - 1;
                    String text = new String(buf, start, end - start);
                    fields.add(c == '\'' ? SpreadsheetCells.restore(text) : text);
                    pos = end;
                    // The separator or line break is handled by the next turn of the loop, which ends the
                    // record or the field; the field is already added, so mark it to skip endField().
                    skipNextEnd = true;
                    fieldStart = false;
                } else {
                    append((char) c);
                    fieldStart = false;
                }
            } else if (c == separator) {
                endField();
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                pos--;
                consumeLineBreak(c);
                endField();
                return endRecord();
            } else {
                append((char) c);
                fieldStart = false;
            }
        }
    }

    /** The whole record read: no wider than a spreadsheet nor, with values, than the header. */
    private boolean endRecord() {
        if (problem != null) {
            fields.clear();
            return true;
        }
        if (headerWidth < 0) {
            headerWidth = fields.size();
        }
        if (fields.size() > limits.maxColumns()) {
            refuse(Problems.beyondLastColumn(recordLine, limits.maxColumns() + 1, limits.maxColumns()));
            return true;
        }
        for (int i = fields.size() - 1; i >= headerWidth; i--) {
            if (!fields.get(i).isEmpty()) {
                refuse(Problems.tooWide(recordLine, i + 1, headerWidth));
                return true;
            }
        }
        return true;
    }

    private void consumeLineBreak(int c) throws IOException {
        pos++;
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        physicalLine++;
    }

    private void append(char c) {
        if (problem == null) {
            field.append(c);
        }
    }

    private void endField() {
        if (skipNextEnd) {
            skipNextEnd = false;
            field.setLength(0);
            return;
        }
        if (problem == null) {
            if (field.length() > limits.maxCellChars()) {
                refuse(Problems.cellTooLong(recordLine, fields.size() + 1, field.length(), limits.maxCellChars()));
            } else {
                fields.add(SpreadsheetCells.restore(field.toString())); // the apostrophe our own exports write
            }
        }
        field.setLength(0);
    }

    /** The record is reported and read to its end without keeping its text. */
    private void refuse(Problem p) {
        problem = p;
        fields.clear();
        field.setLength(0);
    }

    /** The first of comma, semicolon and tab outside quotes on the header line; comma if none. */
    private void detectSeparator() throws IOException {
        if (len == 0) {
            peek();
        }
        separator = ',';
        boolean quoted = false;
        for (int i = pos; i < len; i++) {
            char c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                separator = c;
                return;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return;
            }
        }
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public long line() {
        return recordLine;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
