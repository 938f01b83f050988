package vn.giamsat.portal.web;

/**
 * One line of the published figures table, already worded and formatted for the reader's language.
 *
 * @param anchor         id of the row, so that other pages can link straight to it
 * @param formerUnitNote "đơn vị cũ, nay thuộc …" for merged units, else {@code null}
 * @param scope          "chỉ hồ sơ trực tuyến" when the figures cover one channel or one procedure, else {@code null}
 * @param unitPath       the unit's own page, without the language parameter
 * @param sourcePath     the published version the figures come from, at this row
 * @param others         every other stored count (carried over, resolved, by post, in progress, withdrawn) that was
 *                       reported, labelled; empty when none was
 * @param statement      the unit's words as the source gives them (e.g. "đa số hồ sơ được giải quyết đúng hạn"),
 *                       shown in quotation marks, or {@code null}
 * @param sourceNote     the reader's note on the source (a misprint read, a summary labelled "Tóm tắt"), or {@code null}
 */
public record FigureRow(
        String anchor,
        String unitName,
        String unitCode,
        String formerUnitNote,
        String period,
        String scope,
        CountCell received,
        CountCell early,
        CountCell onTime,
        CountCell earlyAndOnTime,
        CountCell late,
        CountCell online,
        RateCell onTimeRate,
        RateCell onlineShare,
        RateCell postalShare,
        java.util.List<Other> others,
        String statement,
        String figuresSource,
        String publication,
        String sourceNote,
        String unitPath,
        String sourcePath) {

    public FigureRow {
        others = java.util.List.copyOf(others);
    }

    /** A reported count that has no column of its own: "Đã giải quyết: 1.020". */
    public record Other(String label, String value) {}

    /** A dossier count as text: a formatted number, or "Chưa báo cáo" — never a 0 standing in for a gap. */
    public record CountCell(String text, boolean reported) {}

    /**
     * An indicator as text.
     *
     * @param value  what is read first: "96,0%", "78% (đơn vị báo cáo tỷ lệ)", or why there is no rate
     * @param detail the counts behind a computed rate, or the small-sample warning; may be {@code null}
     */
    public record RateCell(String value, String detail, Kind kind) {
        public enum Kind { COMPUTED, SMALL_SAMPLE, REPORTED_BY_UNIT, UNAVAILABLE }

        public boolean flagged() {
            return kind == Kind.SMALL_SAMPLE;
        }

        public boolean unavailable() {
            return kind == Kind.UNAVAILABLE;
        }
    }
}
