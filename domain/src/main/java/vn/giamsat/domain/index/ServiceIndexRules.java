package vn.giamsat.domain.index;

import static vn.giamsat.domain.index.IndexInput.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indicators of the service index of Decision 766/QĐ-TTg, with their points and thresholds. Each says where
 * it was read; points and thresholds not found in the texts read are settings ({@link #withSettings}) and are
 * marked unverified (docs/service-index.md lists them). The points of a group always add up to the group's
 * maximum, so the whole index is worth 100 points.
 */
public record ServiceIndexRules(List<IndicatorRule> indicators) {

    /** Groups and maxima: Sở Nội vụ Nam Định's publication of the decision's full text. */
    static final String GROUPS = "QĐ 766/QĐ-TTg, nhóm chỉ số và điểm tối đa (sonoivu.namdinh.gov.vn, bài 2373)";
    /** Indicator list of groups 1 and 2: dinte.gov.vn, BanTin 2826. */
    static final String LIST = "QĐ 766/QĐ-TTg, danh mục chỉ số (dinte.gov.vn/SitePages/BanTin.aspx/2826)";
    /** The decision's summary on baocaotaichinh.vn: 4/18 and 6/18 points, "tối đa 20 điểm". */
    static final String SUMMARY = "Tóm tắt QĐ 766/QĐ-TTg (baocaotaichinh.vn, thư viện 126270)";
    /** The three satisfaction rates and their formulas: vietjack.me, phap-luat 2271. */
    static final String SATISFACTION_RATES = "QĐ 766/QĐ-TTg, ba tỷ lệ nhóm mức độ hài lòng (vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html)";
    /** Online services and online payment scored as separate sub-groups: bencat.binhduong.gov.vn (week 3/2024). */
    static final String ONLINE_SPLIT = "Kết quả Bộ chỉ số 766 tuần 03/2024 (bencat.binhduong.gov.vn): nhóm DVC trực tuyến và nhóm thanh toán trực tuyến";


    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    public ServiceIndexRules {
        indicators = List.copyOf(indicators);
        for (IndexGroup g : IndexGroup.values()) {
            BigDecimal sum = indicators.stream().filter(i -> i.group() == g).map(IndicatorRule::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(g.maxPoints()) != 0) {
                throw new IllegalArgumentException("Nhóm " + g.vietnamese() + ": các chỉ số cộng lại " + sum
                        + " điểm, phải là " + g.maxPoints() + " / group " + g.english() + " adds up to " + sum
                        + " points, must be " + g.maxPoints());
            }
        }
    }

    /** The rules as read (see each indicator's source), with unverified values at their default settings. */
    public static ServiceIndexRules defaults() {
        List<IndicatorRule> r = new ArrayList<>();
        // 1. Công khai, minh bạch (18)
        r.add(rule("1a", IndexGroup.TRANSPARENCY, "Tỷ lệ thủ tục hành chính công bố đúng hạn",
                "Procedures announced on time", PROCEDURES_ANNOUNCED_ON_TIME, PROCEDURES_ANNOUNCED, 4, LIST, false));
        r.add(rule("1b", IndexGroup.TRANSPARENCY, "Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn",
                "Procedures updated and made public on time", PROCEDURES_PUBLISHED_ON_TIME, PROCEDURES_PUBLISHED, 4,
                LIST + "; 4/18 điểm: " + SUMMARY, true));
        r.add(rule("1c", IndexGroup.TRANSPARENCY,
                "Tỷ lệ thủ tục hành chính được công khai có đầy đủ các nội dung quy định về các bộ phận tạo thành",
                "Procedures made public with every prescribed part", PROCEDURES_PUBLISHED_COMPLETE, PROCEDURES_PUBLISHED,
                4, LIST, false));
        r.add(rule("1d", IndexGroup.TRANSPARENCY, "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia",
                "Dossiers synchronised to the National Public Service Portal", DOSSIERS_SYNCED, RECEIVED, 6, LIST, false));
        // 2. Tiến độ, kết quả giải quyết (20)
        r.add(rule("2a", IndexGroup.PROGRESS, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn",
                "Dossiers resolved early or on time", RESOLVED_WITHIN_DEADLINE, RESOLVED, 20,
                LIST + "; tối đa 20 điểm: " + SUMMARY, true));
        // 3. Cung cấp dịch vụ trực tuyến (22) = dịch vụ công trực tuyến + thanh toán trực tuyến
        r.add(rule("3a", IndexGroup.ONLINE, "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến",
                "Procedures offered online", PROCEDURES_OFFERED_ONLINE, PROCEDURES_ELIGIBLE_ONLINE, 6, ONLINE_SPLIT, false));
        r.add(rule("3b", IndexGroup.ONLINE, "Tỷ lệ hồ sơ trực tuyến", "Dossiers received online",
                RECEIVED_ONLINE, RECEIVED, 6, ONLINE_SPLIT, false));
        r.add(rule("3c", IndexGroup.ONLINE, "Tỷ lệ hồ sơ thanh toán trực tuyến", "Dossiers with the fee paid online",
                DOSSIERS_FEE_PAID_ONLINE, DOSSIERS_WITH_FEE, 10, ONLINE_SPLIT, false));
        // 4. Mức độ hài lòng (18)
        r.add(rule("4a", IndexGroup.SATISFACTION, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn",
                "Complaints and suggestions handled on time", FEEDBACK_ON_TIME, FEEDBACK, 6, SATISFACTION_RATES, false));
        r.add(rule("4b", IndexGroup.SATISFACTION, "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị",
                "Satisfaction with the handling of complaints and suggestions", FEEDBACK_SATISFIED, FEEDBACK, 6,
                SATISFACTION_RATES, false));
        r.add(rule("4c", IndexGroup.SATISFACTION, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính",
                "Satisfaction with procedure handling", RATINGS_SATISFIED, RATINGS, 6,
                SATISFACTION_RATES + "; 6/18 điểm: " + SUMMARY, true));
        // 5. Số hóa hồ sơ (22)
        r.add(rule("5a", IndexGroup.DIGITIZATION, "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử",
                "Results issued electronically", RESULTS_ELECTRONIC, RESOLVED, 8, GROUPS, false));
        r.add(rule("5b", IndexGroup.DIGITIZATION, "Tỷ lệ số hóa hồ sơ thủ tục hành chính",
                "Dossiers digitized", DOSSIERS_DIGITIZED, RECEIVED, 8, GROUPS, false));
        r.add(rule("5c", IndexGroup.DIGITIZATION, "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
                "Dossiers reusing digitized data", DOSSIERS_REUSING_DATA, RECEIVED, 6, GROUPS, false));
        return new ServiceIndexRules(r);
    }

    /**
     * The rules with settings applied: {@code <code>.points} and {@code <code>.threshold} (a percent), e.g.
     * {@code 2a.threshold=95}. A changed value is no longer marked as read in a text.
     */
    public ServiceIndexRules withSettings(Map<String, String> settings) {
        List<IndicatorRule> changed = new ArrayList<>();
        for (IndicatorRule rule : indicators) {
            IndicatorRule r = rule;
            String points = settings.get(rule.code() + ".points");
            if (points != null && !points.isBlank()) {
                r = r.withMaxPoints(new BigDecimal(points.strip()));
            }
            String threshold = settings.get(rule.code() + ".threshold");
            if (threshold != null && !threshold.isBlank()) {
                r = r.withThreshold(new BigDecimal(threshold.strip()));
            }
            changed.add(r);
        }
        return new ServiceIndexRules(changed);
    }

    public IndicatorRule indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }

    /**
     * Thresholds were not found in the texts read (the summaries say full points go to units that meet the
     * targets of Resolution 76/NQ-CP for each stage): 100 % by default, which makes every score plainly
     * proportional, and a setting for the province to align with the national system.
     */
    private static IndicatorRule rule(String code, IndexGroup group, String vi, String en, IndexInput numerator,
                                      IndexInput denominator, int points, String source, boolean pointsRead) {
        return new IndicatorRule(code, group, vi, en, numerator, denominator, BigDecimal.valueOf(points), FULL,
                source, pointsRead, false);
    }
}
