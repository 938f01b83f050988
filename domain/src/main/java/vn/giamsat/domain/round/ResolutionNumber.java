package vn.giamsat.domain.round;

import java.text.Normalizer;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Number and symbol of a resolution (số, ký hiệu nghị quyết), e.g. "21/NQ-HĐND": a number, a slash and the
 * document-type symbol with the issuer's abbreviation (Decree 30/2020/NĐ-CP).
 */
public record ResolutionNumber(String value) {
    private static final String PATTERN = "\\d{1,4}(/\\d{4})?/NQ-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*";

    public ResolutionNumber {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(Reason.of("resolution-number.required",
                    "Thiếu số, ký hiệu nghị quyết.", "Missing resolution number."));
        }
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC).replace(" ", "");
        if (!value.matches(PATTERN)) {
            throw new DomainRuleViolation(Reason.of("resolution-number.format",
                    "Số, ký hiệu nghị quyết \"" + value + "\" không đúng dạng, ví dụ 21/NQ-HĐND.",
                    "Resolution number \"" + value + "\" is not in the form 21/NQ-HĐND."));
        }
    }

    public static ResolutionNumber of(String value) {
        return new ResolutionNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
