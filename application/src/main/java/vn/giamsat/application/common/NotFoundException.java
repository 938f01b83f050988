package vn.giamsat.application.common;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** The record a command names does not exist (or is outside what the caller may see). */
public final class NotFoundException extends DomainRuleViolation {
    public static final String CODE = "not-found";

    public NotFoundException(String whatVi, String whatEn, Object id) {
        super(Reason.of(CODE, "Không tìm thấy " + whatVi + " " + id + ".", "No " + whatEn + " " + id + "."));
    }
}
