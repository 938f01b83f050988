package vn.giamsat.application.round.model;

import vn.giamsat.domain.round.LeadTimeRule;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.domain.round.LegalBasis;

/**
 * The lead times before a visit, as settings (docs/supervision-rules.md, decision 039). The text of the articles
 * of Law 87/2015/QH13 and Law 121/2025/QH15 that set them could not be read with the search tool on 2026-12-07, so
 * no number here is cited as the law's: each rule says it is a setting, and a council sets the numbers its law
 * gives (giamsat.supervision.* in the admin UI's settings).
 */
public final class SupervisionRules {
    /** The provision cited while the numbers are settings, not read from the law. */
    public static final String SETTING = "thời hạn theo thiết lập của hệ thống, chưa đối chiếu điều khoản của Luật";

    private SupervisionRules() {}

    /** Days before the visit: notified 7, report 3 under either law until a council sets what its law says. */
    public static LeadTimes defaults() {
        return of(7, 3, 7, 3);
    }

    public static LeadTimes of(int notice87, int report87, int notice121, int report121) {
        return new LeadTimes(new LeadTimeRule(LegalBasis.LAW_87_2015, SETTING, notice87),
                new LeadTimeRule(LegalBasis.LAW_87_2015, SETTING, report87),
                new LeadTimeRule(LegalBasis.LAW_121_2025, SETTING, notice121),
                new LeadTimeRule(LegalBasis.LAW_121_2025, SETTING, report121));
    }
}
