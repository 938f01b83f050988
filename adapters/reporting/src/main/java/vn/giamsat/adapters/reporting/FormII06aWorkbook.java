package vn.giamsat.adapters.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.giamsat.application.dossier.model.FormII06aSheet;
import vn.giamsat.application.dossier.port.out.FormII06aWorkbookPort;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamsat.domain.figures.Count;

/**
 * Form II.06a (Biểu số II.06a/VPCP/KSTT) as an XLSX workbook: one sheet per side (computed from dossiers,
 * self-reported), each with the form's three heading rows, the row of column numbers (1) to (13) and one row per
 * unit. The headings are the form's words as read in a one-stop system's print template (docs/deadline-rules.md,
 * "Form II.06a"). A count that is not reported is written "chưa báo cáo", never 0 and never an empty cell.
 */
public final class FormII06aWorkbook implements FormII06aWorkbookPort {
    /** What a not-reported count reads in the workbook. */
    public static final String NOT_REPORTED = vn.giamsat.application.figures.model.FiguresText.NOT_REPORTED;
    static final String FORM = "Biểu số II.06a/VPCP/KSTT";
    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";


    @Override
    public void write(List<FormII06aSheet> parts, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setWrapText(true);
            border(head);
            CellStyle cell = wb.createCellStyle();
            border(cell);
            for (FormII06aSheet p : parts) {
                sheet(wb, p, head, cell);
            }
            wb.write(out);
        }
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    private static void sheet(XSSFWorkbook wb, FormII06aSheet p, CellStyle head, CellStyle cell) {
        Sheet s = wb.createSheet(p.sheetName());
        s.createRow(0).createCell(0).setCellValue(FORM);
        s.createRow(1).createCell(0).setCellValue(TITLE);
        s.createRow(2).createCell(0).setCellValue("Đơn vị báo cáo: " + p.reportingUnit());
        s.createRow(3).createCell(0).setCellValue("Kỳ báo cáo: " + p.period());
        s.createRow(4).createCell(0).setCellValue(p.source() + ". Đơn vị tính: Số hồ sơ TTHC.");
        int top = 5;
        Row r1 = s.createRow(top);
        Row r2 = s.createRow(top + 1);
        Row r3 = s.createRow(top + 2);
        for (int c = 0; c < 13; c++) {
            r1.createCell(c).setCellStyle(head);
            r2.createCell(c).setCellStyle(head);
            r3.createCell(c).setCellStyle(head);
        }
        r1.getCell(0).setCellValue("TT");
        r1.getCell(1).setCellValue("Đơn vị");
        r1.getCell(2).setCellValue("Số hồ sơ tiếp nhận");
        r1.getCell(6).setCellValue("Số lượng hồ sơ đã giải quyết");
        r1.getCell(10).setCellValue("Số lượng hồ sơ đang giải quyết");
        r2.getCell(2).setCellValue("Tổng số");
        r2.getCell(3).setCellValue("Trong kỳ");
        r2.getCell(5).setCellValue("Từ kỳ trước");
        r2.getCell(6).setCellValue("Tổng số");
        r2.getCell(7).setCellValue("Trước hạn");
        r2.getCell(8).setCellValue("Đúng hạn");
        r2.getCell(9).setCellValue("Quá hạn");
        r2.getCell(10).setCellValue("Tổng số");
        r2.getCell(11).setCellValue("Trong hạn");
        r2.getCell(12).setCellValue("Quá hạn");
        r3.getCell(3).setCellValue("Trực tuyến");
        r3.getCell(4).setCellValue("Trực tiếp, dịch vụ bưu chính");
        merge(s, top, top + 2, 0, 0);
        merge(s, top, top + 2, 1, 1);
        merge(s, top, top, 2, 5);
        merge(s, top, top, 6, 9);
        merge(s, top, top, 10, 12);
        merge(s, top + 1, top + 1, 3, 4);
        for (int c : new int[] {2, 5, 6, 7, 8, 9, 10, 11, 12}) {
            merge(s, top + 1, top + 2, c, c);
        }
        Row numbers = s.createRow(top + 3);
        for (int c = 0; c < 13; c++) {
            var n = numbers.createCell(c);
            n.setCellValue("(" + (c + 1) + ")");
            n.setCellStyle(head);
        }
        int at = top + 4;
        int tt = 1;
        for (FormII06aSheet.Line line : p.lines()) {
            Row row = s.createRow(at++);
            row.createCell(0).setCellValue(tt++);
            row.createCell(1).setCellValue(line.unit());
            List<Count> counts = line.row().counts();
            for (int i = 0; i < counts.size(); i++) {
                var c = row.createCell(2 + i);
                if (counts.get(i) instanceof Count.Reported(long v)) {
                    c.setCellValue(v);
                } else {
                    c.setCellValue(NOT_REPORTED);
                }
            }
            for (int c = 0; c < 13; c++) {
                row.getCell(c).setCellStyle(cell);
            }
        }
        s.setColumnWidth(1, 30 * 256);
        for (int c = 2; c < 13; c++) {
            s.setColumnWidth(c, 12 * 256);
        }
    }

    private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
        s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
}
