package vn.giamsat.application.publication.port.in;

import vn.giamsat.domain.procedure.OnlineMode;

/**
 * What a citizen looks for. Every part is optional ({@code null} = any).
 *
 * @param text   words, with or without diacritics: "dang ky ket hon" finds "Đăng ký kết hôn"
 * @param postal {@code true}: only procedures that may be submitted or returned by post
 */
public record ProcedureSearch(String text, String field, String unitId, OnlineMode onlineMode, Boolean postal) {
    public ProcedureSearch {
        text = blankToNull(text);
        field = blankToNull(field);
        unitId = blankToNull(unitId);
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200); // a search box, not a document
        }
    }

    public static ProcedureSearch everything() {
        return new ProcedureSearch(null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
