package vn.giamsat.adapters.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.dossier.model.FormII06aSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FormII06aRow;

class FormII06aWorkbookTest {
    private static final Count NR = Count.notReported();

    static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 13; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return out;
    }

    @Test
    void theFormHasItsHeadingsItsColumnNumbersAndNotReportedPartsReadAsSuch() throws Exception {
        FormII06aRow computed = new FormII06aRow(Count.of(100), Count.of(60), Count.of(30), Count.of(10), Count.of(75),
                Count.of(40), Count.of(30), Count.of(5), Count.of(23), Count.of(15), Count.of(8));
        FormII06aRow reported = new FormII06aRow(Count.of(1062), NR, NR, NR, Count.of(1000), NR, NR, NR, NR, NR, NR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new FormII06aWorkbook().write(List.of(
                new FormII06aSheet("Tính từ hồ sơ", "Số liệu tính từ hồ sơ đã nhập", "Huyện Phú Ninh",
                        "Năm 2024 (15/12/2023 – 14/12/2024)",
                        List.of(new FormII06aSheet.Line("Thị trấn Phú Thịnh", computed))),
                new FormII06aSheet("Đơn vị báo cáo", "Số liệu đơn vị tự báo cáo", "Huyện Phú Ninh",
                        "Năm 2024 (15/12/2023 – 14/12/2024)",
                        List.of(new FormII06aSheet.Line("Thị trấn Phú Thịnh", reported)))), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("Tính từ hồ sơ");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số II.06a/VPCP/KSTT");
            assertThat(s.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Năm 2024 (15/12/2023 – 14/12/2024)");
            assertThat(texts(s.getRow(5))).containsExactly("TT", "Đơn vị", "Số hồ sơ tiếp nhận", "", "", "",
                    "Số lượng hồ sơ đã giải quyết", "", "", "", "Số lượng hồ sơ đang giải quyết", "", "");
            assertThat(texts(s.getRow(6))).containsExactly("", "", "Tổng số", "Trong kỳ", "", "Từ kỳ trước",
                    "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn");
            assertThat(texts(s.getRow(7)).subList(3, 5)).containsExactly("Trực tuyến", "Trực tiếp, dịch vụ bưu chính");
            assertThat(texts(s.getRow(8))).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)",
                    "(9)", "(10)", "(11)", "(12)", "(13)");
            assertThat(texts(s.getRow(9))).containsExactly("1", "Thị trấn Phú Thịnh", "100", "60", "30", "10", "75",
                    "40", "30", "5", "23", "15", "8");
            assertThat(s.getRow(9).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet self = wb.getSheet("Đơn vị báo cáo");
            assertThat(texts(self.getRow(9))).containsExactly("1", "Thị trấn Phú Thịnh", "1062", "chưa báo cáo",
                    "chưa báo cáo", "chưa báo cáo", "1000", "chưa báo cáo", "chưa báo cáo", "chưa báo cáo",
                    "chưa báo cáo", "chưa báo cáo", "chưa báo cáo");
        }
    }
}
