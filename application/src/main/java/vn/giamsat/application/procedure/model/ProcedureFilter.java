package vn.giamsat.application.procedure.model;

import vn.giamsat.domain.procedure.OnlineMode;

/**
 * @param text       words that must all occur in the code or name, without case or diacritics
 * @param field      exact field, {@code null} for all
 * @param onlineMode {@code null} for all
 * @param postal     {@code true}: only procedures whose dossiers may go by post; {@code false}: only those that may
 *                   not; {@code null}: all
 */
public record ProcedureFilter(String text, String field, OnlineMode onlineMode, Boolean postal) {
    public ProcedureFilter {
        text = text == null ? "" : text.strip();
        field = field == null || field.isBlank() ? null : field.strip();
    }

    public static ProcedureFilter everything() {
        return new ProcedureFilter("", null, null, null);
    }
}
