package vn.giamsat.domain.unit;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * National administrative unit code (mã đơn vị hành chính, Decision 124/2004/QĐ-TTg and 19/2025/QĐ-TTg):
 * 2 digits for a province, 3 for a district, 5 for a commune. A code may be reused by another unit after
 * a merger, so a code alone does not identify a unit over time.
 */
public record UnitCode(String value) {
    public UnitCode {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.CODE_MISSING, "Thiếu mã đơn vị hành chính.",
                    "Missing administrative unit code."));
        }
        value = value.strip();
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.CODE_NOT_DIGITS,
                    "Mã đơn vị hành chính \"" + value + "\" chỉ được gồm chữ số.",
                    "Administrative unit code \"" + value + "\" must contain digits only."));
        }
        if (value.length() != 2 && value.length() != 3 && value.length() != 5) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.CODE_LENGTH,
                    "Mã đơn vị hành chính \"" + value + "\" phải có 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số.",
                    "Administrative unit code \"" + value + "\" must have 2 (province), 3 (district) or 5 (commune) digits."));
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** The tier this code's length belongs to. */
    public UnitTier tier() {
        return switch (value.length()) {
            case 2 -> UnitTier.PROVINCE;
            case 3 -> UnitTier.DISTRICT;
            default -> UnitTier.COMMUNE;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
