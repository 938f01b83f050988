package vn.giamsat.adapters.fileimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort.Problem;
import vn.giamsat.application.common.TableFilePort.Table;

/**
 * Issue 14, item 8: crafted files built here, each refused with a clear problem, quickly, and without the reader
 * allocating more than a few megabytes for it (measured as the bytes this thread allocates while reading).
 */
class XlsxBombsTest {
    private static final long MiB = 1L << 20;
    private final TableFiles files = new TableFiles();

    private record Outcome(List<List<String>> rows, List<Problem> problems, long allocatedBytes, long millis) {}

    private Outcome read(FileFormat format, InputStream in) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        List<List<String>> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Table t = files.open(format, in)) {
            while (t.next()) {
                if (t.problem() != null) {
                    problems.add(t.problem());
                } else {
                    rows.add(List.copyOf(t.fields()));
                }
            }
        }
        return new Outcome(rows, problems, threads.getCurrentThreadAllocatedBytes() - before,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aTwoKilobyteSheetNamingColumnZZZZZZIsRefusedWithoutAllocatingTheColumns() throws IOException {
        StringBuilder sheet = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ma</t></is></c>"
                + "<c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        for (int r = 2; sheet.length() < 1_800; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"ZZZZZZ").append(r).append("\"><v>1</v></c></row>");
        }
        byte[] xlsx = Workbooks.raw("", sheet.toString(), "");
        assertThat(xlsx.length).isLessThan(4_096);

        Outcome o = read(FileFormat.XLSX, new ByteArrayInputStream(xlsx));

        assertThat(o.problems()).isNotEmpty();
        assertThat(o.problems().getFirst().reason().english()).contains("column");
        assertThat(o.problems().getFirst().reason().vietnamese()).contains("cột");
        // Column ZZZZZZ is number 321,272,406: an array that wide would be over a gigabyte.
        assertThat(o.allocatedBytes()).isLessThan(64 * MiB);
        assertThat(o.millis()).isLessThan(5_000);
    }

    @Test
    void aSharedStringsTableWithMoreEntriesThanASheetHasRowsIsRefusedBeforeAnyRow() throws IOException {
        // Distinct strings compress about tenfold: no zip-bomb ratio, only a table too large to hold.
        StringBuilder sst = new StringBuilder(24 * 1_048_577);
        for (int i = 0; i <= 1_048_576; i++) {
            sst.append("<si><t>").append(Integer.toString(i, 36)).append("</t></si>");
        }
        byte[] xlsx = Workbooks.raw(sst.toString(), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "");

        Outcome o = read(FileFormat.XLSX, new ByteArrayInputStream(xlsx));

        assertThat(o.rows()).isEmpty();
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason().code()).isEqualTo("import.shared-strings");
            assertThat(p.reason().vietnamese()).contains("1048576 chuỗi dùng chung");
        });
    }

    @Test
    void sharedStringsLongerTogetherThanTheBoundAreRefusedBeforeAnyRow() throws IOException {
        // 1,100 strings of 32,000 random letters each (each one fits a cell; random, so no zip-bomb ratio):
        // 35 Mi characters together, 70 MB on the heap.
        Random random = new Random(14);
        StringBuilder sst = new StringBuilder(36 * (int) MiB);
        for (int s = 0; s < 1_100; s++) {
            sst.append("<si><t>");
            for (int i = 0; i < 32_000; i++) {
                sst.append((char) ('a' + random.nextInt(26)));
            }
            sst.append("</t></si>");
        }
        byte[] xlsx = Workbooks.raw(sst.toString(), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "");
        sst = null;

        Outcome o = read(FileFormat.XLSX, new ByteArrayInputStream(xlsx));

        assertThat(o.rows()).isEmpty();
        assertThat(o.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason().code()).isEqualTo("import.shared-strings"));
    }

    @Test
    void aStylesPartTooLargeToParseIsRefusedBeforePoiBuildsItsTree() throws IOException {
        // POI reads styles, the workbook and relationships as whole XML trees: 24 MB of them would cost ten times
        // that on the heap. Random letters in a comment: expands only about 1.3 times, no zip-bomb ratio.
        Random random = new Random(8);
        StringBuilder styles = new StringBuilder("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!--");
        for (int i = 0; i < 24 * MiB; i++) {
            styles.append((char) ('a' + random.nextInt(26)));
        }
        styles.append("--></styleSheet>");
        byte[] xlsx = Workbooks.raw("<si><t>a</t></si>", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                styles.toString());
        styles = null;

        Outcome o = read(FileFormat.XLSX, new ByteArrayInputStream(xlsx));

        assertThat(o.rows()).isEmpty();
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason().code()).isEqualTo("import.compression");
            assertThat(p.reason().english()).contains("xl/styles.xml", "16 MiB");
        });
        assertThat(o.allocatedBytes()).isLessThan(64 * MiB);
    }

    @Test
    void aZipBombIsRefusedByPoisProcessWideGuardsWhichTheReaderSets() throws IOException {
        // 100 MB of blanks in a sheet compress to about 100 KB: a thousandfold.
        byte[] bomb = Workbooks.raw("", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + " ".repeat(100_000_000), "");
        assertThat(bomb.length).isLessThan(1_000_000);

        Outcome o = read(FileFormat.XLSX, new ByteArrayInputStream(bomb));

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(Limits.MIN_INFLATE_RATIO);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(Limits.MAX_ENTRY_SIZE);
        assertThat(o.problems()).extracting(p -> p.reason().code()).contains("import.compression");
        assertThat(o.allocatedBytes()).isLessThan(64 * MiB);
        assertThat(o.millis()).isLessThan(10_000);
    }

    @Test
    void aBodyOf200MegabytesIsRefusedAsAWorkbookAndReadThroughAsCsvWithoutBeingHeld() throws IOException {
        Outcome xlsx = read(FileFormat.XLSX, Workbooks.endless(200 * MiB, (byte) 'P'));

        assertThat(xlsx.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason().code()).isEqualTo("import.unreadable"));
        assertThat(xlsx.allocatedBytes()).isLessThan(64 * MiB);

        // One record of 200 MB: skipped without keeping its text, and reported.
        Outcome csv = read(FileFormat.CSV, Workbooks.endless(200 * MiB, (byte) 'x'));

        assertThat(csv.rows()).isEmpty();
        assertThat(csv.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason().english()).contains("characters"));
        assertThat(csv.allocatedBytes()).as("bytes allocated reading 200 MB").isLessThan(64 * MiB);
    }

    /** Crafted packages, laid out as Excel lays them out. */
    static final class Workbooks {
        static byte[] raw(String sharedStrings, String sheetData, String styles) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + (styles.isEmpty() ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                        + "</Types>");
                part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
                part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + (styles.isEmpty() ? "" : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                        + "</Relationships>");
                part(zip, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + sharedStrings + "</sst>");
                if (!styles.isEmpty()) {
                    part(zip, "xl/styles.xml", styles);
                }
                part(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData>" + sheetData + "</sheetData></worksheet>");
            }
            return bytes.toByteArray();
        }

        private static void part(ZipOutputStream zip, String name, String text) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** {@code size} bytes of {@code b}, made as they are read: the test holds none of them. */
        static InputStream endless(long size, byte b) {
            return new InputStream() {
                long left = size;

                @Override
                public int read() {
                    return left-- > 0 ? b : -1;
                }

                @Override
                public int read(byte[] into, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(into, off, off + n, b);
                    left -= n;
                    return n;
                }
            };
        }
    }
}
