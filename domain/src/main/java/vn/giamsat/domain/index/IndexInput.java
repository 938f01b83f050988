package vn.giamsat.domain.index;

/**
 * A count an indicator of the service index reads. Most are not held by this system today: an indicator whose
 * inputs are missing is "không có dữ liệu" and scores nothing. Counts from handling figures come from
 * {@link IndexInputs#fromFigures}; dossier columns (electronic result, fee paid online) can be added with
 * {@link IndexInputs#with} once imports carry them.
 */
public enum IndexInput {
    RECEIVED("Số hồ sơ tiếp nhận", "Dossiers received"),
    RECEIVED_ONLINE("Số hồ sơ tiếp nhận trực tuyến", "Dossiers received online"),
    RESOLVED("Số hồ sơ đã giải quyết", "Dossiers resolved"),
    RESOLVED_WITHIN_DEADLINE("Số hồ sơ giải quyết trước hạn và đúng hạn", "Dossiers resolved early or on time"),
    PROCEDURES_ANNOUNCED("Số TTHC đã công bố trong kỳ", "Procedures announced in the period"),
    PROCEDURES_ANNOUNCED_ON_TIME("Số TTHC công bố đúng hạn", "Procedures announced on time"),
    PROCEDURES_PUBLISHED("Số TTHC phải công khai", "Procedures to be made public"),
    PROCEDURES_PUBLISHED_ON_TIME("Số TTHC được cập nhật, công khai đúng hạn", "Procedures updated and made public on time"),
    PROCEDURES_PUBLISHED_COMPLETE("Số TTHC công khai đủ các bộ phận tạo thành", "Procedures made public with every part"),
    DOSSIERS_SYNCED("Số hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "Dossiers synchronised to the National Public Service Portal"),
    PROCEDURES_ELIGIBLE_ONLINE("Số TTHC đủ điều kiện cung cấp trực tuyến", "Procedures eligible to be offered online"),
    PROCEDURES_OFFERED_ONLINE("Số TTHC cung cấp dịch vụ công trực tuyến", "Procedures offered online"),
    DOSSIERS_WITH_FEE("Số hồ sơ phải nộp phí, lệ phí", "Dossiers with a fee"),
    DOSSIERS_FEE_PAID_ONLINE("Số hồ sơ thanh toán trực tuyến", "Dossiers with the fee paid online"),
    FEEDBACK("Số phản ánh, kiến nghị", "Complaints and suggestions"),
    FEEDBACK_ON_TIME("Số phản ánh, kiến nghị xử lý đúng hạn", "Complaints and suggestions handled on time"),
    FEEDBACK_SATISFIED("Số phản ánh, kiến nghị không bị phản hồi không hài lòng", "Complaints and suggestions without a dissatisfied reply"),
    RATINGS("Số lượt đánh giá việc giải quyết TTHC", "Ratings of procedure handling"),
    RATINGS_SATISFIED("Số lượt đánh giá hài lòng", "Satisfied ratings"),
    RESULTS_ELECTRONIC("Số hồ sơ được cấp kết quả điện tử", "Dossiers whose result was issued electronically"),
    DOSSIERS_DIGITIZED("Số hồ sơ được số hóa", "Dossiers digitized"),
    DOSSIERS_REUSING_DATA("Số hồ sơ sử dụng lại dữ liệu đã số hóa", "Dossiers reusing digitized data");

    private final String vietnamese;
    private final String english;

    IndexInput(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
