package vn.giamsat.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.audit.AuditView;
import vn.giamsat.admin.catalogue.ProceduresView;
import vn.giamsat.admin.catalogue.UnitsView;
import vn.giamsat.admin.imports.DossierImportView;
import vn.giamsat.admin.rounds.OverdueRecommendationsView;
import vn.giamsat.admin.rounds.RoundsView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.domain.unit.UnitKind;

/**
 * Issue 18 item 3: every list of the admin UI offers its rows as CSV (UTF-8 with BOM, formula-like text behind an
 * apostrophe) and XLSX, holding exactly what the list shows with its filters and sort order: the same headers, the
 * same cells, all the rows (not only those on screen), in the same order.
 */
class ListExportTest extends WholeAppTest {

    @SuppressWarnings("unchecked")
    private ListExport<Object> export() {
        return $(ListExport.class).first();
    }

    private String csv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export().write(TableFile.Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<List<String>> xlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export().write(TableFile.Format.XLSX, out);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** What the grid shows: its headers, then each row's text cells (component columns left out). */
    private List<List<String>> shown(Grid<?> grid, int columns) {
        var tester = test(grid);
        List<List<String>> rows = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(tester.getHeaderCell(c));
        }
        rows.add(headers);
        for (int r = 0; r < tester.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(tester.getCellText(r, c));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
    private static List<List<String>> lines(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = csv.substring(1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void the_unit_list_exports_what_its_filters_keep_in_its_sort_order_as_csv_and_xlsx() throws Exception {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = $(Select.class).id("unit-kind");
        test(kind).selectItem("Xã");
        test($(DatePicker.class).id("unit-as-of")).setValue(LocalDate.of(2025, 7, 1));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("unit-grid");
        test(grid).sortByColumn(1, SortDirection.DESCENDING);

        List<List<String>> expected = shown(grid, 6);
        assertThat(expected).hasSize(4); // the header and three communes
        String csv = csv();
        assertThat(csv).as("UTF-8 with a byte order mark").startsWith("\uFEFFMã,");
        assertThat(lines(csv)).isEqualTo(expected);
        assertThat(xlsx()).isEqualTo(expected);
        assertThat(export().getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly("Tải CSV", "Tải XLSX");
    }

    @Test
    void the_other_lists_offer_the_export_of_what_they_show() throws Exception {
        SignedInUsers.signInAsAdmin();
        for (Class<? extends com.vaadin.flow.component.Component> view : List.of(RoundsView.class,
                OverdueRecommendationsView.class, ProceduresView.class, AuditView.class, DossierImportView.class)) {
            navigate(view);
            String csv = csv();
            assertThat(csv).as(view.getSimpleName()).startsWith("\uFEFF");
            List<List<String>> lines = lines(csv);
            assertThat(lines.getFirst()).as(view.getSimpleName() + " headers").allMatch(h -> !h.isBlank());
            assertThat(xlsx().size()).as(view.getSimpleName() + " XLSX rows").isEqualTo(lines.size());
        }
        navigate(ProceduresView.class);
        test($(TextField.class).id("procedure-filter")).setValue("khai sinh");
        List<List<String>> procedures = lines(csv());
        assertThat(procedures.size()).isGreaterThan(1);
        assertThat(procedures.subList(1, procedures.size())).allMatch(r -> String.join(" ", r).toLowerCase().contains("khai sinh"));
    }

    @Test
    void a_cell_a_spreadsheet_would_run_is_written_as_text_and_numbers_stay_numbers() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        List<List<Object>> rows = List.of(List.of("=HYPERLINK(\"http://evil.example\",\"x\")", 42, "a, b"));
        TableFile.write(TableFile.Format.CSV, List.of("Tên", "Số", "Ghi chú"), rows, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFTên,Số,Ghi chú\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",42,\"a, b\"\r\n");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableFile.write(TableFile.Format.XLSX, List.of("Tên", "Số", "Ghi chú"), rows, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(42.0);
        }
    }
}
