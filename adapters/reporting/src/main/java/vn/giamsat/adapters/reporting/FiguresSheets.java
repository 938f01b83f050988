package vn.giamsat.adapters.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Figures spreadsheets: CSV (UTF-8, with or without BOM, comma or semicolon as Excel writes it in
 * Vietnamese locales) and XLSX (first sheet). Every cell is read as the text the user sees.
 */
public final class FiguresSheets implements FiguresSheetPort {
    private static final char BOM = '\uFEFF';

    @Override
    public List<SheetRow> read(SheetFormat format, byte[] content) {
        try {
            return format == SheetFormat.CSV ? readCsv(content) : readXlsx(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainRuleViolation v) {
                throw v;
            }
            throw new DomainRuleViolation(Reason.of("import.unreadable",
                    "Không đọc được tệp ." + format.extension() + ". Hãy dùng tệp mẫu.",
                    "The ." + format.extension() + " file cannot be read. Please use the template."));
        }
    }

    private static List<SheetRow> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<SheetRow> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(FiguresSheets::key).toList();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    put(cells, header.get(i), record.get(i));
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow((int) record.getRecordNumber() + 1, cells));
                }
            }
        }
        return rows;
    }

    private static List<SheetRow> readXlsx(byte[] content) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = new ArrayList<>();
            if (headerRow != null) {
                for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                    Cell cell = headerRow.getCell(c);
                    header.add(cell == null ? "" : key(shown.formatCellValue(cell)));
                }
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        String value = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                                : shown.formatCellValue(cell);
                        put(cells, header.get(c), value);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return rows;
        }
    }

    @Override
    public byte[] template(SheetFormat format, List<String> header, List<List<String>> examples) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (format == SheetFormat.CSV) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel reads UTF-8 then
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                    printer.printRecord(header);
                    for (List<String> example : examples) {
                        printer.printRecord(example);
                    }
                }
            } else {
                try (XSSFWorkbook book = new XSSFWorkbook()) {
                    Sheet sheet = book.createSheet("so_lieu");
                    List<List<String>> all = new ArrayList<>();
                    all.add(header);
                    all.addAll(examples);
                    for (int r = 0; r < all.size(); r++) {
                        Row row = sheet.createRow(r);
                        for (int c = 0; c < all.get(r).size(); c++) {
                            row.createCell(c).setCellValue(all.get(r).get(c)); // text cells: codes keep leading zeros
                        }
                    }
                    book.write(out);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<String, String> cells, String key, String value) {
        if (!key.isEmpty() && value != null && !value.isBlank()) {
            cells.put(key, value.strip());
        }
    }

    private static String key(String header) {
        return header == null ? "" : header.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
