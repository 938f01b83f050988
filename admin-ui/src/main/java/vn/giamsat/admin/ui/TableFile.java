package vn.giamsat.admin.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.giamsat.application.common.SpreadsheetCells;

/**
 * A list written as a file a spreadsheet opens (issue 18 item 3). CSV: UTF-8 with a byte order mark (Excel reads
 * Vietnamese right only with it), "," between cells, RFC 4180 quoting. XLSX: one sheet, a bold-free header row,
 * numbers as number cells. In both, text that a spreadsheet would run as a formula is written behind an apostrophe
 * ({@link SpreadsheetCells#neutralize}); numbers are never touched.
 */
public final class TableFile {
    public enum Format { CSV, XLSX }

    private TableFile() {}

    public static void write(Format format, List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(headers, rows, out);
            case XLSX -> xlsx(headers, rows, out);
        }
    }

    private static void csv(List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, headers.stream().map(h -> (Object) h).toList());
        for (List<Object> row : rows) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String cell = cell(cells.get(i));
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            w.write(cell);
        }
        w.write("\r\n");
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Number n -> n.toString();
            default -> SpreadsheetCells.neutralize(value.toString());
        };
    }

    private static void xlsx(List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("Danh sách");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(SpreadsheetCells.neutralize(headers.get(i)));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(SpreadsheetCells.neutralize(value.toString()));
                    }
                }
            }
            book.write(out);
        }
    }
}
