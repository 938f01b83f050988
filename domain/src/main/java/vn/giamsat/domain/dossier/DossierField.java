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
    WITHDRAWN("rut_ho_so", "withdrawn", "rút hồ sơ", "withdrawn", true);

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
