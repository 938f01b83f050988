package vn.giamsat.application.identity.model;

/**
 * What a new or existing user must do at the next sign-in (Keycloak's required actions), or is asked to do by the
 * e-mail a reset sends.
 */
public enum RequiredAction {
    SET_PASSWORD("Đặt mật khẩu", "Set a password"),
    CONFIGURE_OTP("Cài đặt mật khẩu một lần (OTP)", "Set up a one-time password (OTP)");

    private final String vietnamese;
    private final String english;

    RequiredAction(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
