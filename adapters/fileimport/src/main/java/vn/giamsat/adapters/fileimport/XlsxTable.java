package vn.giamsat.adapters.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import vn.giamsat.application.common.SpreadsheetCells;
import vn.giamsat.application.common.TableFilePort.Problem;
import vn.giamsat.application.common.TableFilePort.Table;

/**
 * The first worksheet of an XLSX workbook, row by row: POI opens the package (with {@code ZipSecureFile}'s
 * ratio and size guards) and finds the first sheet, its shared strings and styles; the sheet's XML is streamed
 * with StAX, one row in memory. Numbers styled as dates (and, in a workbook without styles, fractional numbers)
 * are Excel serial dates, given as "yyyy-MM-dd HH:mm".
 */
final class XlsxTable implements Table {
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    static {
        // Process-wide settings of POI; every workbook this application opens is an upload.
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_ENTRY_SIZE);
    }

    private final Path file;
    private final OPCPackage pkg;
    private final Limits limits;
    private final List<String> shared;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    /** The true length of each shared string longer than a cell may be (only its start is kept). */
    private final Map<Integer, Long> overlong = new HashMap<>();
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final List<String> fields = new ArrayList<>(16);
    private long line;
    private int headerWidth = -1;
    private Problem problem;
    private boolean ended;

    /** Signals a bound passed while reading the package; carries the problem to report. */
    private static final class Refused extends Exception {
        final Problem problem;

        Refused(Problem problem) {
            super(problem.reason().english(), null, false, false);
            this.problem = problem;
        }
    }

    private XlsxTable(Path file, OPCPackage pkg, Limits limits) throws Refused, IOException, XMLStreamException,
            org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        this.file = file;
        this.pkg = pkg;
        this.limits = limits;
        XSSFReader reader = new XSSFReader(pkg);
        this.styles = stylesOf(reader);
        this.shared = sharedStrings(reader, limits, overlong);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new Refused(Problems.noWorksheet());
        }
        this.sheetStream = sheets.next();
        this.sheet = XML.createXMLStreamReader(sheetStream);
    }

    /** Copies the upload to a temporary file (a zip needs random access) and opens it; a refusal is a table of one problem. */
    static Table open(InputStream in, Limits limits) throws IOException {
        Path tmp = Files.createTempFile("giamsat-import-", ".xlsx");
        OPCPackage pkg = null;
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            checkParsedParts(tmp);
            pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ);
            return new XlsxTable(tmp, pkg, limits);
        } catch (Refused e) {
            release(pkg, tmp);
            return new RefusedTable(e.problem);
        } catch (Exception e) {
            release(pkg, tmp);
            return new RefusedTable(refusal(e));
        }
    }

    /** The worksheets and the shared strings are streamed; POI builds a tree of every other part it reads. */
    private static boolean streamed(String part) {
        return part.equals("xl/sharedStrings.xml") || part.matches("xl/worksheets/sheet[0-9]{1,5}\\.xml");
    }

    /**
     * Before POI parses anything: each part it would read whole must expand to at most
     * {@link Limits#MAX_PARSED_PART_BYTES}. Inflated and counted, not taken from the directory, which may lie; read
     * through POI's own {@code ZipSecureFile}, so the ratio guard applies here too.
     */
    private static void checkParsedParts(Path file) throws IOException, Refused {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            var entries = zip.getEntries();
            byte[] buffer = new byte[16 * 1024];
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (entry.isDirectory() || streamed(entry.getName())) {
                    continue;
                }
                long size = 0;
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int n; (n = part.read(buffer)) > 0; ) {
                        size += n;
                        if (size > Limits.MAX_PARSED_PART_BYTES) {
                            throw new Refused(Problems.partTooLarge(entry.getName(), Limits.MAX_PARSED_PART_BYTES));
                        }
                    }
                }
            }
        }
    }

    private static Problem refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return Problems.zipBomb();
            }
        }
        return Problems.unreadableWorkbook();
    }

    private static void release(OPCPackage pkg, Path tmp) throws IOException {
        if (pkg != null) {
            pkg.revert();
        }
        Files.deleteIfExists(tmp);
    }

    private static StylesTable stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return null; // a workbook without styles: no cell is styled as a date
        }
    }

    private static List<String> sharedStrings(XSSFReader reader, Limits limits, Map<Integer, Long> overlong)
            throws IOException, XMLStreamException, Refused {
        List<String> out = new ArrayList<>();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException e) {
            return out; // no shared-strings part
        }
        if (data == null) {
            return out;
        }
        long chars = 0;
        long siLength = 0;
        try (InputStream in = data) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            StringBuilder si = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> {
                            si = new StringBuilder();
                            siLength = 0;
                        }
                        case "t" -> {
                            // Kept only up to one character more than a cell may hold: enough to refuse the cell
                            // that uses it (with its true length), never the whole text.
                            long room = limits.maxCellChars() + 1L - (si == null ? 0 : si.length());
                            siLength += appendText(r, si, Math.max(0, room));
                        }
                        case "rPh" -> skip(r); // phonetic hints are not part of the text
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si") && si != null) {
                    chars += si.length();
                    if (siLength > limits.maxCellChars()) {
                        overlong.put(out.size(), siLength);
                    }
                    if (out.size() >= limits.maxSharedStrings() || chars > limits.maxSharedStringChars()) {
                        throw new Refused(Problems.tooManySharedStrings(limits.maxSharedStrings()));
                    }
                    out.add(si.toString());
                    si = null;
                }
            }
        }
        return out;
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    @Override
    public boolean next() throws IOException {
        fields.clear();
        problem = null;
        if (ended) {
            return false;
        }
        try {
            while (sheet.hasNext()) {
                int ev = sheet.next();
                if (ev == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    String r = sheet.getAttributeValue(null, "r");
                    line = r == null ? line + 1 : Long.parseLong(r);
                    readRow();
                    if (problem != null) {
                        fields.clear();
                        return true;
                    }
                    int width = fields.size();
                    while (width > 0 && fields.get(width - 1).isEmpty()) {
                        width--;
                    }
                    if (width == 0) {
                        continue; // an empty row formatted in Excel is not a record
                    }
                    if (headerWidth < 0) {
                        headerWidth = width;
                    }
                    // Excel leaves out trailing empty cells: a row is as wide as the header.
                    while (fields.size() > headerWidth) {
                        fields.removeLast();
                    }
                    while (fields.size() < headerWidth) {
                        fields.add("");
                    }
                    return true;
                }
            }
            ended = true;
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            ended = true;
            fields.clear();
            problem = refusal(e);
            return true;
        }
    }

    private void readRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                return;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c") && problem == null) {
                int column = column(sheet.getAttributeValue(null, "r"), fields.size());
                String type = sheet.getAttributeValue(null, "t");
                String style = sheet.getAttributeValue(null, "s");
                String value = cell(type, style, column + 1);
                if (problem != null || value.isEmpty()) {
                    continue; // an empty cell, even far to the right (formatted only), is no value
                }
                if (column >= limits.maxColumns()) {
                    problem = Problems.beyondLastColumn(line, column + 1, limits.maxColumns());
                } else if (headerWidth >= 0 && column >= headerWidth) {
                    problem = Problems.tooWide(line, column + 1, headerWidth);
                } else if (column < fields.size()) {
                    fields.set(column, value); // a cell given twice: the last one counts
                } else {
                    while (fields.size() < column) {
                        fields.add("");
                    }
                    fields.add(value);
                }
            }
        }
    }

    private String cell(String type, String style, int column) throws XMLStreamException {
        String v = null;
        StringBuilder inline = null;
        while (sheet.hasNext()) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> v = text(column);
                    case "t" -> {
                        String t = text(column);
                        (inline == null ? (inline = new StringBuilder()) : inline).append(t == null ? "" : t);
                    }
                    case "rPh", "f" -> skip(sheet);
                    default -> { }
                }
            }
        }
        if (problem != null) {
            return "";
        }
        String value;
        if (inline != null) {
            value = inline.toString();
        } else if (v == null) {
            value = "";
        } else if ("s".equals(type)) {
            int index = Integer.parseInt(v.strip());
            if (index < 0 || index >= shared.size()) {
                throw new IllegalStateException("shared string " + index + " missing");
            }
            Long length = overlong.get(index);
            if (length != null) {
                problem = Problems.cellTooLong(line, column, (int) Math.min(length, Integer.MAX_VALUE),
                        limits.maxCellChars());
                return "";
            }
            value = shared.get(index);
        } else if (type == null || "n".equals(type)) {
            value = number(v.strip(), style);
        } else {
            value = v;
        }
        if (value.length() > limits.maxCellChars()) {
            problem = Problems.cellTooLong(line, column, value.length(), limits.maxCellChars());
            return "";
        }
        return SpreadsheetCells.restore(value); // the apostrophe our own exports write before a formula
    }

    /** The element's text, read in pieces so that an endless text stops at the cell limit. */
    private String text(int column) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        long length = appendText(sheet, b, limits.maxCellChars());
        if (length > limits.maxCellChars() && problem == null) {
            problem = Problems.cellTooLong(line, column, (int) Math.min(length, Integer.MAX_VALUE),
                    limits.maxCellChars());
        }
        return b.toString();
    }

    /**
     * Reads the text of the element the reader is at, to its end, appending at most {@code room} characters to
     * {@code into} (when not null); answers the text's whole length.
     */
    private static long appendText(XMLStreamReader r, StringBuilder into, long room) throws XMLStreamException {
        long length = 0;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                int n = r.getTextLength();
                if (into != null && length + n <= room) {
                    into.append(r.getTextCharacters(), r.getTextStart(), n);
                }
                length += n;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return length;
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                skip(r);
            }
        }
    }

    /** Numbers as the user sees them ("2", not "2.0"); dates as "yyyy-MM-dd HH:mm[:ss]". */
    private String number(String v, String style) {
        BigDecimal value;
        try {
            value = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return v;
        }
        boolean date;
        if (styles == null) {
            // No formatting to go by: a fraction can only be a date and time in the files imported here.
            date = value.scale() > 0 && value.stripTrailingZeros().scale() > 0;
        } else {
            int s = style == null ? 0 : Integer.parseInt(style);
            date = dateStyles.computeIfAbsent(s, i -> {
                try {
                    XSSFCellStyle cs = styles.getStyleAt(i);
                    return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
                } catch (RuntimeException e) {
                    return false;
                }
            });
        }
        if (!date || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
        long seconds = value.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
        return EXCEL_EPOCH.plus(seconds, ChronoUnit.SECONDS).toString().replace('T', ' ');
    }

    /** 0-based column of a reference like "C5"; the next position when the reference is missing. */
    private static int column(String ref, int next) {
        if (ref == null) {
            return next;
        }
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)) && col <= 1 << 20; i++) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return col - 1;
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
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // closing only
        }
        sheetStream.close();
        release(pkg, file);
    }

    /** A file refused before its first row: one record carrying the problem, then the end. */
    private static final class RefusedTable implements Table {
        private final Problem problem;
        private boolean given;

        RefusedTable(Problem problem) {
            this.problem = problem;
        }

        @Override
        public boolean next() {
            boolean first = !given;
            given = true;
            return first;
        }

        @Override
        public List<String> fields() {
            return List.of();
        }

        @Override
        public long line() {
            return problem.line();
        }

        @Override
        public Problem problem() {
            return given ? problem : null;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
