package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an XLSX file row by row with StAX, without a spreadsheet library: the upload is
 * copied to a temporary file (a zip needs random access), shared strings are read once, and the sheet is
 * streamed. Numbers in date columns are Excel serial dates; they are turned into "yyyy-MM-dd HH:mm:ss" here.
 */
final class XlsxRecordReader implements RecordSource {
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    private final Path file;
    private final ZipFile zip;
    private final List<String> shared;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final int maxRecordChars;
    private final List<String> fields = new ArrayList<>(16);
    private long line;
    private int headerWidth = -1;
    private String brokenVi;
    private String brokenEn;

    private XlsxRecordReader(Path file, int maxRecordChars) throws IOException {
        this.file = file;
        this.maxRecordChars = maxRecordChars;
        this.zip = new ZipFile(file.toFile());
        try {
            this.shared = sharedStrings(zip);
            ZipEntry first = zip.stream()
                    .filter(e -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml"))
                    .min(Comparator.comparingInt(e -> Integer.parseInt(e.getName().replaceAll("\\D", ""))))
                    .orElseThrow(() -> new IOException("no worksheet"));
            this.sheetStream = zip.getInputStream(first);
            this.sheet = factory().createXMLStreamReader(sheetStream, "UTF-8");
        } catch (XMLStreamException | RuntimeException e) {
            zip.close();
            throw new IOException("Not a readable XLSX file", e);
        }
    }

    /** Reads the whole upload into a temporary file (bytes pass through the caller's digest) and opens it. */
    static XlsxRecordReader open(InputStream in, int maxRecordChars) throws IOException {
        Path tmp = Files.createTempFile("giamsat-import-", ".xlsx");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return new XlsxRecordReader(tmp, maxRecordChars);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
        if (e == null) {
            return out;
        }
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = factory().createXMLStreamReader(in, "UTF-8");
            StringBuilder si = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                    si = new StringBuilder();
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && si != null) {
                    si.append(r.getElementText());
                } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("rPh")) {
                    skip(r); // phonetic hints are not part of the text
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
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
        brokenVi = null;
        brokenEn = null;
        try {
            while (sheet.hasNext()) {
                int ev = sheet.next();
                if (ev == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    String r = sheet.getAttributeValue(null, "r");
                    line = r == null ? line + 1 : Long.parseLong(r);
                    readRow();
                    if (fields.stream().allMatch(String::isBlank) && brokenVi == null) {
                        fields.clear();
                        continue; // an empty row formatted in Excel is not a record
                    }
                    // Excel leaves out trailing empty cells: a row is as wide as the header.
                    if (headerWidth < 0) {
                        headerWidth = fields.size();
                    }
                    while (fields.size() < headerWidth) {
                        fields.add("");
                    }
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("The worksheet cannot be read", e);
        }
    }

    private void readRow() throws XMLStreamException {
        int chars = 0;
        while (sheet.hasNext()) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                return;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
                int column = column(sheet.getAttributeValue(null, "r"), fields.size());
                String type = sheet.getAttributeValue(null, "t");
                String value = cell(type);
                chars += value.length();
                if (chars > maxRecordChars && brokenVi == null) {
                    brokenVi = "Dòng dài quá " + maxRecordChars + " ký tự: bỏ qua.";
                    brokenEn = "Row longer than " + maxRecordChars + " characters: skipped.";
                }
                while (fields.size() < column) {
                    fields.add("");
                }
                fields.add(value);
            }
        }
    }

    private String cell(String type) throws XMLStreamException {
        String v = null;
        StringBuilder inline = null;
        while (sheet.hasNext()) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> v = sheet.getElementText();
                    case "t" -> (inline == null ? (inline = new StringBuilder()) : inline).append(sheet.getElementText());
                    case "f" -> sheet.getElementText();
                    default -> { }
                }
            }
        }
        if (inline != null) {
            return inline.toString();
        }
        if (v == null) {
            return "";
        }
        if ("s".equals(type)) {
            return shared.get(Integer.parseInt(v.strip()));
        }
        if (type == null || "n".equals(type)) {
            return number(v.strip());
        }
        return v;
    }

    /** Integers as written; fractions are taken as Excel serial dates (the only fractional cells of the format). */
    private static String number(String v) {
        if (v.indexOf('.') < 0 && v.indexOf('E') < 0) {
            return v;
        }
        BigDecimal days = new BigDecimal(v);
        if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return v;
        }
        long seconds = days.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return EXCEL_EPOCH.plus(seconds, ChronoUnit.SECONDS).toString().replace('T', ' ');
    }

    /** 0-based column of a reference like "C5"; the next position when the reference is missing. */
    private static int column(String ref, int next) {
        if (ref == null) {
            return next;
        }
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
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
    public String brokenVi() {
        return brokenVi;
    }

    @Override
    public String brokenEn() {
        return brokenEn;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // closing only
        }
        sheetStream.close();
        zip.close();
        Files.deleteIfExists(file);
    }
}
