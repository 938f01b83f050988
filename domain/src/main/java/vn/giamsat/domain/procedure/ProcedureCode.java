package vn.giamsat.domain.procedure;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** Code of a procedure in the national procedure database, e.g. "1.001193" or "2.000908". */
public record ProcedureCode(String value) {
    public ProcedureCode {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(Reason.of(ProcedureReasons.CODE_MISSING, "Thiếu mã thủ tục.", "Missing procedure code."));
        }
        value = value.strip();
        if (value.length() > 30 || !value.matches("[0-9A-Za-z.\\-_]+")) {
            throw new DomainRuleViolation(Reason.of(ProcedureReasons.CODE_MALFORMED,
                    "Mã thủ tục \"" + value + "\" chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 30 ký tự).",
                    "Procedure code \"" + value + "\" may contain letters, digits, dots and dashes only (at most 30)."));
        }
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
