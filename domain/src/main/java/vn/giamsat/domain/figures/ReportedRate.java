package vn.giamsat.domain.figures;

import java.math.BigDecimal;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * A rate a unit reported without the counts behind it, e.g. "tỷ lệ hồ sơ trước hạn và đúng hạn đạt 78%".
 * It is shown as reported; no count is ever derived from it.
 */
public record ReportedRate(BigDecimal percent) {
    public ReportedRate {
        if (percent == null) {
            throw new DomainRuleViolation(Reason.of("rate.required", "Thiếu tỷ lệ.", "Missing rate."));
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainRuleViolation(Reason.of("rate.range",
                    "Tỷ lệ phải từ 0 đến 100% (nhận được " + percent.toPlainString() + "%).",
                    "A rate must be between 0 and 100% (got " + percent.toPlainString() + "%)."));
        }
    }

    public static ReportedRate percent(String value) {
        return new ReportedRate(new BigDecimal(value));
    }
}
