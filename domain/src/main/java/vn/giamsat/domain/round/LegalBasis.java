package vn.giamsat.domain.round;

import java.time.LocalDate;
import vn.giamsat.domain.common.Require;

/**
 * The law a round is carried out under (căn cứ pháp lý), printed under "Căn cứ" in the delegation's report and
 * shown on the round's public page. By default it follows from the date of the resolution that set up the
 * delegation; council staff may reword it until the head approves the report.
 *
 * <p>Law 121/2025/QH15 on supervision activities of the National Assembly and People's Councils takes effect on
 * 1 March 2026 and replaces Law 87/2015/QH13 (in force since 1 July 2016). Both read on 2026-12-07, see
 * docs/decisions/025-report-layout-and-legal-basis.md for where.
 *
 * @param text e.g. "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13"
 */
public record LegalBasis(String text) {
    /** The day Law 121/2025/QH15 took effect: a resolution of this day or later is made under it. */
    public static final LocalDate LAW_121_2025_FROM = LocalDate.of(2026, 3, 1);
    public static final LegalBasis LAW_87_2015 =
            new LegalBasis("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13");
    public static final LegalBasis LAW_121_2025 =
            new LegalBasis("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15");

    public LegalBasis {
        text = Require.text(text, 1000, "căn cứ pháp lý", "legal basis");
    }

    /** The supervision law in force on the day the resolution was adopted. */
    public static LegalBasis forResolutionOn(LocalDate adoptedOn) {
        Require.present(adoptedOn, "ngày ban hành nghị quyết", "resolution date");
        return adoptedOn.isBefore(LAW_121_2025_FROM) ? LAW_87_2015 : LAW_121_2025;
    }
}
