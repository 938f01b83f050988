package vn.giamsat.adapters.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.application.figures.port.out.FiguresSheetPort.SheetRow;
import vn.giamsat.domain.common.DomainRuleViolation;

class FiguresSheetsTest {
    final FiguresSheets sheets = new FiguresSheets();
    static final List<String> HEADER = List.of("ma_don_vi", "tu_ngay", "tiep_nhan", "truoc_han");

    @Test
    void the_xlsx_template_reads_back_as_its_rows_with_blank_cells_absent() {
        byte[] xlsx = sheets.template(SheetFormat.XLSX, HEADER, List.of(List.of("20364", "01/01/2021", "1062", "")));

        List<SheetRow> rows = sheets.read(SheetFormat.XLSX, xlsx);

        assertThat(rows).containsExactly(new SheetRow(2, Map.of("ma_don_vi", "20364", "tu_ngay", "01/01/2021",
                "tiep_nhan", "1062")));
    }

    @Test
    void csv_with_bom_and_semicolons_as_excel_writes_them_is_read_with_file_line_numbers() {
        String csv = "\uFEFFma_don_vi;tu_ngay;tiep_nhan;truoc_han\n20364;01/01/2021;1.062;976\n\n20374;01/01/2021;15973;\n";

        List<SheetRow> rows = sheets.read(SheetFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new SheetRow(2, Map.of("ma_don_vi", "20364", "tu_ngay", "01/01/2021",
                "tiep_nhan", "1.062", "truoc_han", "976")));
        assertThat(rows.get(1).cells()).doesNotContainKey("truoc_han");
    }

    @Test
    void the_csv_template_starts_with_a_bom_so_excel_shows_vietnamese() {
        byte[] csv = sheets.template(SheetFormat.CSV, HEADER, List.of());
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFma_don_vi,tu_ngay");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_with_a_reason() {
        assertThatThrownBy(() -> sheets.read(SheetFormat.XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().vietnamese()).contains("Không đọc được tệp .xlsx"));
    }

    static final String LINK = "=HYPERLINK(\"http://evil.example\",\"Xem số liệu\")";

    @Test
    void a_formula_in_a_written_cell_is_neutralized_and_reads_back_as_the_same_text_in_both_formats() throws Exception {
        List<String> example = List.of("20364", "01/01/2021", "1062", LINK);

        byte[] csv = sheets.template(SheetFormat.CSV, HEADER, List.of(example));
        byte[] xlsx = sheets.template(SheetFormat.XLSX, HEADER, List.of(example));

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",\"'=HYPERLINK(");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(3);
            assertThat(cell.getCellType()).as("text, not a formula").isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + LINK);
        }
        for (SheetFormat format : SheetFormat.values()) {
            List<SheetRow> rows = sheets.read(format, format == SheetFormat.CSV ? csv : xlsx);
            assertThat(rows.getFirst().cells()).as(format.name()).containsEntry("truoc_han", LINK);
        }
    }
}
