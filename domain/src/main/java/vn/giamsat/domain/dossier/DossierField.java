package vn.giamsat.domain.dossier;

/**
 * The columns of a dossier record, with the header a file uses (ASCII, so that no encoding can break it) and an
 * English alias. The import format in docs/dossier-import.md lists them in this order.
 */
public enum DossierField {
    DOSSIER_CODE("ma_ho_so", "dossier_code", "mã hồ sơ", "dossier code", true),
    UNIT_CODE("ma_don_vi", "unit_code", "mã đơn vị", "unit code", true),
    PROCEDURE_CODE("ma_thu_tuc", "procedure_code", "mã thủ tục", "procedure code", true),
    CHANNEL("kenh", "channel", "kênh tiếp nhận", "channel", true),
    RECEIVED_AT("ngay_tiep_nhan", "received_at", "ngày tiếp nhận", "received at", true),
    DUE_AT("han_giai_quyet", "due_at", "hạn giải quyết", "due at", true),
    RESOLVED_AT("ngay_giai_quyet", "resolved_at", "ngày giải quyết", "resolved at", false),
    RETURNED_AT("ngay_tra_ket_qua", "returned_at", "ngày trả kết quả", "returned at", false),
    STATUS("trang_thai", "status", "trạng thái", "status", true),
    WITHDRAWN("rut_ho_so", "withdrawn", "rút hồ sơ", "withdrawn", true),
    // Optional columns (issue 16 item 4): an export without one says nothing about it ("not in this export", null),
    // never "no".
    /** Working hours the dossier waited for the applicant's supplements (chờ bổ sung): moves the due moment later. */
    PAUSED_HOURS("gio_cho_bo_sung", "paused_hours", "thời gian chờ bổ sung", "hours waiting for supplements", false),
    /** Date of the apology-and-new-appointment slip (phiếu xin lỗi và hẹn lại ngày trả kết quả). */
    APOLOGY_ON("ngay_xin_loi", "apology_on", "ngày phiếu xin lỗi", "apology slip date", false),
    /** The new date the slip names. */
    NEW_DUE_AT("ngay_hen_lai", "new_due_at", "ngày hẹn trả lại", "new date for the result", false),
    RETURNED_FOR_SUPPLEMENTS_AGAIN("bo_sung_nhieu_lan", "supplements_more_than_once", "yêu cầu bổ sung nhiều lần",
            "returned for supplements more than once", false),
    RESULT_DIGITIZED("so_hoa_ket_qua", "result_digitized", "số hóa kết quả", "result digitized", false),
    FEE_PAID_ONLINE("thanh_toan_truc_tuyen", "fee_paid_online", "thanh toán trực tuyến", "fee paid online", false);

    private final String header;
    private final String englishHeader;
    private final String vietnamese;
    private final String english;
    private final boolean requiredColumn;

    DossierField(String header, String englishHeader, String vietnamese, String english, boolean requiredColumn) {
        this.header = header;
        this.englishHeader = englishHeader;
        this.vietnamese = vietnamese;
        this.english = english;
        this.requiredColumn = requiredColumn;
    }

    public String header() { return header; }
    public String englishHeader() { return englishHeader; }
    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
    /** Whether a file must have this column (a due date may still be empty: it is then computed). */
    public boolean requiredColumn() { return requiredColumn; }
}
