package vn.giamsat.domain.dossier;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** Code of a dossier in the one-stop system (mã hồ sơ), e.g. "000.00.20.H49-240115-0001". */
public record DossierCode(String value) {
    public static final int MAX_LENGTH = 60;

    public DossierCode {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(Reason.of("dossier-code.required", "Thiếu mã hồ sơ.", "Missing dossier code."));
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !printableAscii(value)) {
            throw new DomainRuleViolation(Reason.of("dossier-code.format",
                    "Mã hồ sơ chỉ gồm chữ, số và ký hiệu không dấu, không khoảng trắng, tối đa " + MAX_LENGTH + " ký tự.",
                    "A dossier code has printable ASCII characters only, no spaces, at most " + MAX_LENGTH + "."));
        }
    }

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 32 || c >= 127) {
                return false;
            }
        }
        return true;
    }

    public static DossierCode of(String value) {
        return new DossierCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
