package vn.giamsat.application.audit.model;

/** What an audit entry records: a row written, a table emptied, a security event, or an
 * administrator's act on a user account. */
public enum AuditOperation {
    INSERT("Thêm", "Insert"),
    UPDATE("Sửa", "Update"),
    DELETE("Xóa", "Delete"),
    TRUNCATE("Xóa toàn bảng", "Truncate"),
    LOGIN_FAILURE("Đăng nhập thất bại", "Login failure"),
    USER_CREATED("Tạo tài khoản", "Account created"),
    USER_DISABLED("Khóa tài khoản", "Account disabled"),
    USER_ENABLED("Mở khóa tài khoản", "Account enabled"),
    PASSWORD_RESET("Gửi thư đặt lại mật khẩu", "Password reset sent");

    private final String vietnamese;
    private final String english;

    AuditOperation(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
