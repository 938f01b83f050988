package vn.giamsat.application.audit.model;

import java.time.LocalDate;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * What an administrator looks for in the audit log. Every part is optional; blank text counts as not given.
 *
 * @param from      first day (Vietnam time), inclusive
 * @param to        last day (Vietnam time), inclusive
 * @param actor     part of the username or the name of who acted
 * @param table     the exact table (or {@code security})
 * @param objectKey a row's key, or the id of the round its row belongs to
 * @param action    part of the use case's name
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String table, String objectKey, String action,
                          AuditOperation operation) {
    static final int MAX_TEXT = 200;

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainRuleViolation(Reason.of("audit.period",
                    "Đến ngày (" + to + ") phải không trước từ ngày (" + from + ").",
                    "The end date (" + to + ") must not be before the start date (" + from + ")."));
        }
        actor = text(actor, "người thực hiện", "actor");
        table = text(table, "bảng", "table");
        objectKey = text(objectKey, "mã đối tượng", "object key");
        action = text(action, "thao tác", "action");
    }

    private static String text(String value, String fieldVi, String fieldEn) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > MAX_TEXT) {
            throw new DomainRuleViolation(Reason.of("too-long." + fieldEn.replace(' ', '-'),
                    "Ô lọc " + fieldVi + " dài quá " + MAX_TEXT + " ký tự.",
                    "The " + fieldEn + " filter is longer than " + MAX_TEXT + " characters."));
        }
        return s;
    }
}
