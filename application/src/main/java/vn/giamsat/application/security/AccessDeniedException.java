package vn.giamsat.application.security;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** The actor may not do this, or not on this unit. Apps answer it with 403, never with an empty page. */
public final class AccessDeniedException extends DomainRuleViolation {
    public AccessDeniedException(String whatVi, String whatEn) {
        super(Reason.of("access.denied", "Bạn không có quyền " + whatVi + ".", "You may not " + whatEn + "."));
    }
}
