package vn.giamsat.admin.imports.comparison;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.common.SpreadsheetCells;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;

/**
 * The comparison as a spreadsheet for the delegation's report: UTF-8 with a byte-order mark so that Excel reads the
 * Vietnamese, ";" between fields as Excel expects in Vietnamese settings (as the import's error report), Vietnamese
 * headers. Counts are plain digits; a figure the unit did not report is "chưa báo cáo", never an empty cell or 0.
 * A unit with no imported dossier has its computed cells empty (not 0) and a column that says why.
 */
final class ComparisonCsv {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String FILE_NAME = "doi-chieu-so-lieu.csv";
    static final String NO_DOSSIERS = "không có hồ sơ trong dữ liệu đã nhập";

    private ComparisonCsv() {}

    static void write(List<ComparisonRow> rows, Period period, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, header());
        Period covered = QuickPeriod.wholeMonths(period);
        for (ComparisonRow row : rows) {
            List<String> cells = new ArrayList<>();
            // Text a user entered (unit code and name) never runs as a formula; numbers, dates and the signed
            // differences ("+2", "-1") are numbers and are written as they are.
            cells.add(SpreadsheetCells.neutralize(row.code()));
            cells.add(SpreadsheetCells.neutralize(row.name()));
            cells.add(DATE.format(period.from()));
            cells.add(DATE.format(period.to()));
            cells.add(DATE.format(covered.from()) + " – " + DATE.format(covered.to()));
            cells.add(row.hasImportedDossiers() ? "có" : NO_DOSSIERS);
            cells.add(row.hasSelfReport() ? "có" : "không");
            FiguresComparison c = row.comparison();
            cells.add(row.hasImportedDossiers() ? Integer.toString(c.differenceCount()) : "");
            for (ComparedFigure f : ComparedFigure.values()) {
                cells.add(c.computed(f).map(ComparisonCsv::number).orElse(""));
                cells.add(number(c.reported(f)));
                cells.add(c.difference(f).map(d -> signed(d.delta())).orElse(""));
            }
            cells.add(c.computedRate().map(FiguresText::rate).orElse(""));
            cells.add(c.reportedRate().map(FiguresText::rate).orElse(FiguresText.NOT_REPORTED));
            line(w, cells);
        }
        w.flush();
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("Mã đơn vị", "Đơn vị", "Từ ngày", "Đến ngày",
                "Kỳ tính từ hồ sơ (trọn tháng)", "Có hồ sơ trong dữ liệu đã nhập", "Có số liệu tự báo cáo đúng kỳ", "Số chỉ tiêu chênh lệch"));
        for (ComparedFigure f : ComparedFigure.values()) {
            h.add(f.vietnamese() + " - tính từ hồ sơ");
            h.add(f.vietnamese() + " - đơn vị báo cáo");
            h.add(f.vietnamese() + " - chênh lệch (báo cáo trừ hồ sơ)");
        }
        h.add("Tỷ lệ trước và đúng hạn - tính từ hồ sơ");
        h.add("Tỷ lệ trước và đúng hạn - đơn vị báo cáo");
        return h;
    }

    static String signed(long delta) {
        return delta > 0 ? "+" + delta : Long.toString(delta);
    }

    private static String number(Count c) {
        return c instanceof Count.Reported(long v) ? Long.toString(v) : FiguresText.NOT_REPORTED;
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(';');
            }
            w.write(quoted(cells.get(i)));
        }
        w.write("\r\n");
    }

    private static String quoted(String s) {
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
