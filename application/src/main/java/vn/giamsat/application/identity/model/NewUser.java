package vn.giamsat.application.identity.model;

import java.util.Objects;
import java.util.Set;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.UnitCode;

/**
 * An account an administrator creates (tạo tài khoản). The identity provider's user profile wants an e-mail, a first
 * and a last name, or the user's first sign-in stops at "update profile"; the username is what delegation members
 * are linked by (decision 018), so it is lower case and never changes.
 *
 * @param temporaryPassword a first password the administrator hands over, to be changed at the first sign-in; null
 *                          when the user sets one through the e-mail of {@link RequiredAction#SET_PASSWORD}
 */
public record NewUser(String username, String firstName, String lastName, String email, Set<Role> roles,
                      Set<UnitCode> jurisdictions, Set<RequiredAction> requiredActions, String temporaryPassword) {
    public NewUser {
        username = username == null ? "" : username.strip();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,49}")) {
            throw refusal("identity.username", "Tên đăng nhập \"" + username + "\": 3–50 chữ thường không dấu, số, dấu chấm, gạch.",
                    "Username \"" + username + "\": 3–50 lower-case letters without accents, digits, dots, dashes.");
        }
        firstName = required(firstName, "identity.first-name", "Thiếu tên.", "The first name is missing.");
        lastName = required(lastName, "identity.last-name", "Thiếu họ.", "The last name is missing.");
        email = email == null ? "" : email.strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
            throw refusal("identity.email", "Thư điện tử \"" + email + "\" không hợp lệ.",
                    "E-mail \"" + email + "\" is not valid.");
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        if (roles.isEmpty()) {
            throw refusal("identity.no-role", "Cần chọn ít nhất một vai trò.", "Choose at least one role.");
        }
        jurisdictions = Set.copyOf(Objects.requireNonNull(jurisdictions, "jurisdictions"));
        requiredActions = Set.copyOf(Objects.requireNonNull(requiredActions, "requiredActions"));
        temporaryPassword = temporaryPassword == null || temporaryPassword.isEmpty() ? null : temporaryPassword;
    }

    private static String required(String text, String code, String vi, String en) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 100) {
            throw refusal(code, vi, en);
        }
        return t;
    }

    private static DomainRuleViolation refusal(String code, String vi, String en) {
        return new DomainRuleViolation(Reason.of(code, vi, en));
    }

    @Override
    public String toString() { // never the password, not even in a log line
        return "NewUser[" + username + ", " + roles + ", " + jurisdictions + ", " + requiredActions + "]";
    }
}
