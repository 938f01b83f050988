package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields may hold separators, quotes ("") and line breaks. It keeps one
 * record in memory, never more than {@code maxRecordChars}: a longer record is skipped and reported, so a huge
 * line cannot exhaust memory. The separator (comma, semicolon or tab, as Excel writes by locale) is taken from the
 * header line; a byte-order mark before the header is dropped.
 */
final class CsvRecordReader implements RecordSource {
    private final Reader in;
    private final int maxRecordChars;
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
    private String brokenVi;
    private String brokenEn;
    private boolean first = true;
    private boolean skipNextEnd;

    CsvRecordReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
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
        brokenVi = null;
        brokenEn = null;
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
                if (quoted) {
                    broken("Dòng bị cắt: dấu ngoặc kép mở nhưng chưa đóng đến hết tệp.",
                            "Truncated row: a quote is opened but not closed before the end of the file.");
                }
                endField();
                return true;
            }
            pos++;
            if (++recordChars > maxRecordChars && brokenVi == null) {
                broken("Dòng dài quá " + maxRecordChars + " ký tự: bỏ qua.",
                        "Row longer than " + maxRecordChars + " characters: skipped.");
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
            } else if (fieldStart && c != separator && c != '\n' && c != '\r' && brokenVi == null && field.isEmpty()) {
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
                if (end < len && buf[end] != '"' && recordChars + (end - start) <= maxRecordChars) {
                    recordChars += end - start - 1;
                    fields.add(new String(buf, start, end - start));
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
                return true;
            } else {
                append((char) c);
                fieldStart = false;
            }
        }
    }

    private void consumeLineBreak(int c) throws IOException {
        pos++;
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        physicalLine++;
    }

    private void append(char c) {
        if (brokenVi == null) {
            field.append(c);
        }
    }

    private void endField() {
        if (skipNextEnd) {
            skipNextEnd = false;
            field.setLength(0);
            return;
        }
        if (brokenVi == null) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    private void broken(String vi, String en) {
        brokenVi = vi;
        brokenEn = en;
        fields.clear();
        field.setLength(0);
    }

    /** The first of comma, semicolon and tab outside quotes on the header line; comma if none. */
    private void detectSeparator() throws IOException {
        int before = pos;
        if (len == 0) {
            peek();
            before = pos;
        }
        separator = ',';
        boolean quoted = false;
        for (int i = before; i < len; i++) {
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
    public String brokenVi() {
        return brokenVi;
    }

    @Override
    public String brokenEn() {
        return brokenEn;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
