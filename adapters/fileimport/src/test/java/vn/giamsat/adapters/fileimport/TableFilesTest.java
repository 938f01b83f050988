package vn.giamsat.adapters.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort.Problem;
import vn.giamsat.application.common.TableFilePort.Table;

class TableFilesTest {
    private final TableFiles files = new TableFiles();

    /** What a reader gave, record by record: the line, then the cells or the problem. */
    private record Read(long line, List<String> fields, Problem problem) {}

    private static List<Read> readAll(TableFiles files, FileFormat format, byte[] content) throws IOException {
        List<Read> out = new ArrayList<>();
        try (Table t = files.open(format, new ByteArrayInputStream(content))) {
            while (t.next()) {
                out.add(new Read(t.line(), List.copyOf(t.fields()), t.problem()));
            }
        }
        return out;
    }

    private List<Read> csv(String text) throws IOException {
        return readAll(files, FileFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    // --- CSV ---

    @Test
    void csvWithBomSemicolonsQuotedLineBreaksAndBlankLinesGivesEachRecordWithTheLineItStartsOn() throws IOException {
        List<Read> read = csv("\uFEFFma_ho_so;ghi_chu;kenh\r\n"
                + "H-1;\"hai dòng\r\nmột ghi chú; có \"\"ngoặc\"\"\";2\r\n"
                + "\r\n"
                + "H-2;;3\r\n");

        assertThat(read).containsExactly(
                new Read(1, List.of("ma_ho_so", "ghi_chu", "kenh"), null),
                new Read(2, List.of("H-1", "hai dòng\r\nmột ghi chú; có \"ngoặc\"", "2"), null),
                new Read(5, List.of("H-2", "", "3"), null));
    }

    @Test
    void theSeparatorIsTheFirstOnTheHeaderLineOutsideQuotes() throws IOException {
        assertThat(csv("\"a;b\",c\n1,2\n")).extracting(Read::fields)
                .containsExactly(List.of("a;b", "c"), List.of("1", "2"));
        assertThat(csv("a\tb\n1\t2")).extracting(Read::fields).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void aRowWiderThanTheHeaderIsRefusedNamingLineAndColumn() throws IOException {
        List<Read> read = csv("a,b\n1,2\n1,2,3\n4,5\n");

        assertThat(read).hasSize(4);
        Problem p = read.get(2).problem();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.reason().vietnamese()).contains("Dòng 3", "cột C (3)", "2 cột");
        assertThat(p.reason().english()).contains("Line 3", "column C (3)");
        assertThat(read.get(2).fields()).isEmpty();
        // The next row is read again: every bad row is reported.
        assertThat(read.get(3)).isEqualTo(new Read(4, List.of("4", "5"), null));
        // A trailing separator with nothing after it is no value.
        assertThat(csv("a,b\n1,2,\n")).extracting(Read::problem).containsOnlyNulls();
    }

    @Test
    void aCellLongerThan32KiBIsRefusedNamingLineAndColumn() throws IOException {
        List<Read> read = csv("a,b\n1," + "x".repeat(32 * 1024 + 1) + "\n2," + "y".repeat(32 * 1024) + "\n");

        assertThat(read.get(1).problem().line()).isEqualTo(2);
        assertThat(read.get(1).problem().column()).isEqualTo(2);
        assertThat(read.get(1).problem().reason().english()).contains("column B (2)", "32769 characters");
        assertThat(read.get(2).problem()).isNull();
        assertThat(read.get(2).fields().get(1)).hasSize(32 * 1024);
    }

    @Test
    void aRecordBeyondTheRecordBoundIsSkippedAndReportedWithoutBeingHeld() throws IOException {
        TableFiles small = new TableFiles(new Limits(16_384, 100, 1_000, 10, 1_000));
        String file = "a,b\n1,2\n3,\"" + "z".repeat(200_000) + "\"\n4,5\n";

        List<Read> read = readAll(small, FileFormat.CSV, file.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(4);
        assertThat(read.get(2).line()).isEqualTo(3);
        assertThat(read.get(2).fields()).isEmpty();
        assertThat(read.get(2).problem().reason().vietnamese()).isEqualTo("Dòng 3 dài quá 1000 ký tự: bỏ qua.");
        assertThat(read.get(3)).isEqualTo(new Read(4, List.of("4", "5"), null));
        // An endless quoted field up to the end of the file: the same, and the file ends there.
        List<Read> endless = readAll(small, FileFormat.CSV,
                ("a,b\n3,\"" + "z".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
        assertThat(endless).hasSize(2);
        assertThat(endless.get(1).problem().reason().english()).contains("Line 2 is longer than 1000 characters");
    }

    @Test
    void moreThan16384ColumnsAreRefused() throws IOException {
        String wide = String.join(",", java.util.Collections.nCopies(16_385, "h"));
        List<Read> read = csv(wide + "\n");
        assertThat(read.getFirst().problem().column()).isEqualTo(16_385);
        assertThat(read.getFirst().problem().reason().english()).contains("16384 columns");
    }

    @Test
    void aQuoteLeftOpenEndsTheFileWithAProblemOnTheLineItOpens() throws IOException {
        List<Read> read = csv("a,b\n1,2\n\"3,4\n5,6\n");

        assertThat(read).hasSize(3);
        assertThat(read.get(2).line()).isEqualTo(3);
        assertThat(read.get(2).problem().reason().code()).isEqualTo("import.broken-row");
        assertThat(read.get(2).problem().reason().english()).contains("quote");
    }

    @Test
    void aFileThatIsNotUtf8IsSaidSo() {
        assertThatThrownBy(() -> readAll(files, FileFormat.CSV, new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, '(', '\n'}))
                .isInstanceOf(CharacterCodingException.class);
    }

    // --- XLSX ---

    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("ho_so");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue; // a row left out
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDateTime t) {
                        row.createCell(c).setCellValue(t);
                        row.getCell(c).setCellStyle(dates);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anXlsxSheetGivesTextNumbersAndDatesAsTheUserSeesThemRowByRow() throws IOException {
        byte[] xlsx = workbook(java.util.Arrays.asList(
                List.of("ma_ho_so", "ngay_tiep_nhan", "kenh", "ghi_chu"),
                List.of("H-1", LocalDateTime.of(2024, 2, 1, 8, 30), 2, "Đã giải quyết"),
                null,
                List.of("H-2", LocalDateTime.of(2024, 2, 5, 0, 0), 1)));

        assertThat(readAll(files, FileFormat.XLSX, xlsx)).containsExactly(
                new Read(1, List.of("ma_ho_so", "ngay_tiep_nhan", "kenh", "ghi_chu"), null),
                new Read(2, List.of("H-1", "2024-02-01 08:30", "2", "Đã giải quyết"), null),
                new Read(4, List.of("H-2", "2024-02-05 00:00", "1", ""), null));
    }

    @Test
    void anXlsxRowWiderThanItsHeaderIsRefusedNamingLineAndColumn() throws IOException {
        byte[] xlsx = workbook(List.of(List.of("a", "b"), List.of("1", "2", "3"), List.of("4", "5")));

        List<Read> read = readAll(files, FileFormat.XLSX, xlsx);

        assertThat(read.get(1).problem()).satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.reason().vietnamese()).contains("Dòng 2", "cột C (3)");
        });
        assertThat(read.get(2)).isEqualTo(new Read(3, List.of("4", "5"), null));
    }

    @Test
    void anXlsxCellLongerThan32KiBIsRefused() throws IOException {
        TableFiles small = new TableFiles(new Limits(16_384, 10, 1_000, 100, 10_000));
        byte[] xlsx = workbook(List.of(List.of("a", "b"), List.of("1", "x".repeat(11))));

        List<Read> read = readAll(small, FileFormat.XLSX, xlsx);

        assertThat(read.get(1).problem().column()).isEqualTo(2);
        assertThat(read.get(1).problem().reason().english()).contains("Line 2, column B (2)", "11 characters");
    }

    /** A package of the given parts, as Excel lays it out (the crafted-file builder of {@link XlsxBombsTest}). */
    private static byte[] rawXlsx(String sharedStrings, String sheetData) throws IOException {
        return XlsxBombsTest.Workbooks.raw(sharedStrings, sheetData, "");
    }

    @Test
    void aSheetThatExpandsAHundredfoldOrMoreIsRefusedAsAZipBomb() throws IOException {
        // 20 MB of blanks between two rows compress to some 20 KB: a ratio no real sheet has.
        byte[] bomb = rawXlsx("", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                + " ".repeat(20_000_000) + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
        assertThat(bomb.length).isLessThan(200_000);

        List<Read> read = readAll(files, FileFormat.XLSX, bomb);

        assertThat(read).extracting(r -> r.problem() == null ? null : r.problem().reason().code())
                .contains("import.compression");
        assertThat(read.getLast().problem().reason().vietnamese()).contains("nén bất thường");
    }

    @Test
    void tooManySharedStringsAreRefusedBeforeAnyRow() throws IOException {
        TableFiles small = new TableFiles(new Limits(16_384, 1_000, 1_000, 3, 10_000));
        byte[] xlsx = rawXlsx("<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si><si><t>d</t></si>",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");

        List<Read> read = readAll(small, FileFormat.XLSX, xlsx);

        assertThat(read).hasSize(1);
        assertThat(read.getFirst().problem().reason().code()).isEqualTo("import.shared-strings");
        assertThat(read.getFirst().problem().reason().english()).contains("more than 3 shared strings");
        // Within the cap, the same kind of file reads.
        assertThat(readAll(files, FileFormat.XLSX, xlsx)).extracting(Read::fields).containsExactly(List.of("a"));
    }

    @Test
    void aSharedStringLongerThanACellMayBeRefusesTheCellsThatUseIt() throws IOException {
        TableFiles small = new TableFiles(new Limits(16_384, 5, 1_000, 100, 10_000));
        byte[] xlsx = rawXlsx("<si><t>abc</t></si><si><r><t>abcd</t></r><r><t>efgh</t></r></si>",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>");

        List<Read> read = readAll(small, FileFormat.XLSX, xlsx);

        assertThat(read.get(0)).isEqualTo(new Read(1, List.of("abc", "abc"), null));
        assertThat(read.get(1).problem().column()).isEqualTo(2);
        assertThat(read.get(1).problem().reason().english()).contains("Line 2, column B (2)", "8 characters");
    }

    @Test
    void aCellBeyondColumnXfdIsRefused() throws IOException {
        byte[] xlsx = rawXlsx("", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                + "<c r=\"XFE1\" t=\"inlineStr\"><is><t>b</t></is></c></row>");

        Problem p = readAll(files, FileFormat.XLSX, xlsx).getFirst().problem();

        assertThat(p.column()).isEqualTo(16_385);
        assertThat(p.reason().english()).contains("Line 1: column 16385");
    }

    @Test
    void aFileThatIsNotAWorkbookIsAProblemNotAStackTrace() throws IOException {
        List<Read> read = readAll(files, FileFormat.XLSX, "ma_ho_so,kenh\n".getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(1);
        assertThat(read.getFirst().problem().reason().code()).isEqualTo("import.unreadable");
        assertThat(read.getFirst().problem().reason().vietnamese()).contains("Không đọc được tệp .xlsx");
    }
}
