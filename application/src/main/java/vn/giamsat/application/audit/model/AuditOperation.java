package vn.giamsat.application.audit.model;

/** What an audit entry records: a row written, a table emptied, or a security event. */
public enum AuditOperation {
    INSERT("Thêm", "Insert"),
    UPDATE("Sửa", "Update"),
    DELETE("Xóa", "Delete"),
    TRUNCATE("Xóa toàn bảng", "Truncate"),
    LOGIN_FAILURE("Đăng nhập thất bại", "Login failure");

    private final String vietnamese;
    private final String english;

    AuditOperation(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
