package vn.giamsat.application.audit.model;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** Which slice of the matching entries to read: from {@code offset}, at most {@code limit} of them. */
public record AuditPage(int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public AuditPage {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new DomainRuleViolation(Reason.of("audit.page",
                    "Trang không hợp lệ: vị trí " + offset + ", số dòng " + limit + " (1–" + MAX_LIMIT + ").",
                    "Invalid page: offset " + offset + ", limit " + limit + " (1–" + MAX_LIMIT + ")."));
        }
    }
}
