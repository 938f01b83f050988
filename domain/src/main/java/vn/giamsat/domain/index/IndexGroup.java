package vn.giamsat.domain.index;

import java.math.BigDecimal;

/**
 * The five groups (nhóm chỉ số thành phần) of the service index of Decision 766/QĐ-TTg of 23/6/2022 and their
 * maximum points, 100 in all. Names and maxima read in the decision as published by Sở Nội vụ Nam Định
 * ("Công khai, minh bạch (điểm tối đa: 18 điểm)" … "Mức độ hài lòng (điểm tối đa: 18 điểm)"); see
 * docs/service-index.md.
 */
public enum IndexGroup {
    TRANSPARENCY("Công khai, minh bạch", "Transparency", 18),
    PROGRESS("Tiến độ, kết quả giải quyết", "Progress and results", 20),
    ONLINE("Cung cấp dịch vụ trực tuyến", "Online services", 22),
    SATISFACTION("Mức độ hài lòng", "Satisfaction", 18),
    DIGITIZATION("Số hóa hồ sơ", "Digitization", 22);

    private final String vietnamese;
    private final String english;
    private final BigDecimal maxPoints;

    IndexGroup(String vietnamese, String english, int maxPoints) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.maxPoints = BigDecimal.valueOf(maxPoints);
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
    public BigDecimal maxPoints() { return maxPoints; }
}
