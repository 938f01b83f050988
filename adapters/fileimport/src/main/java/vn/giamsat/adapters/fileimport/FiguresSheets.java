package vn.giamsat.adapters.fileimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamsat.application.common.SpreadsheetCells;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort.Table;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Figures spreadsheets: CSV (UTF-8, with or without BOM, comma or semicolon as Excel writes it in
 * Vietnamese locales) and XLSX (first sheet), read by the same {@link TableFiles} as the dossier import, within
 * the same bounds; and the template to fill in, written in the format it is read back in.
 */
public final class FiguresSheets implements FiguresSheetPort {
    private final TableFiles files;

    public FiguresSheets() {
        this(new TableFiles());
    }

    public FiguresSheets(TableFiles files) {
        this.files = files;
    }

    @Override
    public List<SheetRow> read(SheetFormat format, byte[] content) {
        List<SheetRow> rows = new ArrayList<>();
        try (Table table = files.open(format == SheetFormat.CSV ? FileFormat.CSV : FileFormat.XLSX,
                new ByteArrayInputStream(content))) {
            List<String> header = null;
            while (table.next()) {
                if (table.problem() != null) {
                    throw new DomainRuleViolation(table.problem().reason());
                }
                List<String> fields = table.fields();
                if (header == null) {
                    header = fields.stream().map(FiguresSheets::key).toList();
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size() && i < fields.size(); i++) {
                    put(cells, header.get(i), fields.get(i));
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow((int) table.line(), cells));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new DomainRuleViolation(Reason.of("import.unreadable",
                    "Không đọc được tệp ." + format.extension() + " (tệp CSV phải là văn bản UTF-8). Hãy dùng tệp mẫu.",
                    "The ." + format.extension() + " file cannot be read (a CSV file must be UTF-8 text). "
                            + "Please use the template."));
        }
    }

    @Override
    public byte[] template(SheetFormat format, List<String> header, List<List<String>> examples) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (format == SheetFormat.CSV) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel reads UTF-8 then
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                    printer.printRecord(header.stream().map(SpreadsheetCells::neutralize).toList());
                    for (List<String> example : examples) {
                        printer.printRecord(example.stream().map(SpreadsheetCells::neutralize).toList());
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
                            // Text cells (codes keep their leading zeros), never one a spreadsheet would run.
                            row.createCell(c).setCellValue(SpreadsheetCells.neutralize(all.get(r).get(c)));
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
