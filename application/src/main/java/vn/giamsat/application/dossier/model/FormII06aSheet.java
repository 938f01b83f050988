package vn.giamsat.application.dossier.model;

import java.util.List;
import java.util.Objects;
import vn.giamsat.domain.figures.FormII06aRow;

/**
 * One sheet of form II.06a (Biểu số II.06a/VPCP/KSTT): its tab name, what its figures are ("Số liệu tính từ hồ sơ đã
 * nhập"), the reporting unit and the period as the form's "Kỳ báo cáo" line says it, and one line per unit.
 */
public record FormII06aSheet(String sheetName, String source, String reportingUnit, String period, List<Line> lines) {
    public FormII06aSheet {
        Objects.requireNonNull(sheetName, "sheetName");
        lines = List.copyOf(lines);
    }

    /** One unit's row: its name and its counts. */
    public record Line(String unit, FormII06aRow row) {
        public Line {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(row, "row");
        }
    }
}
