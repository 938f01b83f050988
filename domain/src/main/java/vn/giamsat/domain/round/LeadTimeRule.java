package vn.giamsat.domain.round;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * A legal lead time before a visit (thời hạn trước ngày làm việc), cited from the law it comes from.
 *
 * @param law       the supervision law in force on the round's date ({@link LegalBasis#forResolutionOn})
 * @param provision where in that law, as read; or, where the text could not be read, a plain statement that the
 *                  number is a setting (docs/supervision-rules.md), so nobody takes a guess for the law
 * @param days      calendar days before the visit
 */
public record LeadTimeRule(LegalBasis law, String provision, int days) {
    public LeadTimeRule {
        Require.present(law, "luật áp dụng", "law applied");
        provision = Require.text(provision, 500, "điều khoản", "provision");
        if (days < 0 || days > 365) {
            throw new DomainRuleViolation(Reason.of("lead-time.days",
                    "Số ngày phải từ 0 đến 365 (đang là " + days + ").", "Days must be 0 to 365 (is " + days + ")."));
        }
    }

    /** "7 ngày (Luật … số 87/2015/QH13, …)" */
    public String citation() {
        return days + " ngày (" + law.text() + ", " + provision + ")";
    }
}
