package vn.giamsat.domain.round;

import java.util.Objects;

/**
 * One thing that changed in a unit's report after its due date: the file, the note, or one figure (by its key in
 * {@link UnitReportFigures}); {@code before} and {@code after} as stored, {@code null} when there was none.
 */
public record UnitReportChange(What what, String key, String before, String after) {
    public enum What { FILE, NOTE, FIGURE }

    public UnitReportChange {
        Objects.requireNonNull(what, "what");
        key = key == null ? "" : key;
    }

    static UnitReportChange figure(String key, String before, String after) {
        return new UnitReportChange(What.FIGURE, key, before, after);
    }

    /** "Quá hạn (01/01/2021 – 30/12/2022 · mọi kênh): 42 → 40"; "Tệp báo cáo: a.pdf → b.pdf". */
    public String text(boolean vietnamese) {
        return switch (what) {
            case FILE -> (vietnamese ? "Tệp báo cáo: " : "Report file: ") + plain(before, vietnamese) + " → "
                    + plain(after, vietnamese);
            case NOTE -> (vietnamese ? "Ghi chú: " : "Note: ") + plain(before, vietnamese) + " → " + plain(after, vietnamese);
            case FIGURE -> UnitReportFigures.label(key, vietnamese) + ": " + UnitReportFigures.display(before, vietnamese)
                    + " → " + UnitReportFigures.display(after, vietnamese);
        };
    }

    private static String plain(String value, boolean vietnamese) {
        return value == null || value.isBlank() ? (vietnamese ? "(trống)" : "(none)") : value;
    }
}
