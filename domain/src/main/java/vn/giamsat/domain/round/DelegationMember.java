package vn.giamsat.domain.round;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * A member of the delegation (thành viên đoàn giám sát).
 *
 * <p>Who the member is, for rights, is {@code account}: the username of the member's user account at the
 * identity provider (tên đăng nhập), which the user cannot change. The full name and office are for display
 * only; a user whose name equals a member's is not that member (decision 018).
 *
 * @param position the member's office, e.g. "Phó Chủ tịch HĐND huyện"
 * @param account  the username of the member's account, lower case; {@code null} when the member has none (then no
 *                 one signs in as this member)
 */
public record DelegationMember(String fullName, String position, DelegationRole role, String account) {
    /** Keycloak's usernames: lower case, no spaces; the project's are like {@code canbo.tamdan}. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,254}");

    public DelegationMember {
        fullName = Require.text(fullName, 120, "họ và tên", "full name");
        position = position == null || position.isBlank() ? null : Require.text(position, 300, RoundReasons.POSITION);
        Require.present(role, RoundReasons.DELEGATION_ROLE);
        account = account == null || account.isBlank() ? null : account.strip().toLowerCase(Locale.ROOT);
        if (account != null && !USERNAME.matcher(account).matches()) {
            throw new DomainRuleViolation(Reason.of(RoundReasons.MEMBER_ACCOUNT,
                    "Tài khoản của thành viên: \"" + account + "\" không phải tên đăng nhập hợp lệ.",
                    "Member's account: \"" + account + "\" is not a valid username."));
        }
    }

    /** A member without a user account: shown in the delegation, but no one acts as this member. */
    public DelegationMember(String fullName, String position, DelegationRole role) {
        this(fullName, position, role, null);
    }

    /** True when {@code username} is this member's account (a member with no account is no one's). */
    public boolean isAccount(String username) {
        return account != null && username != null && account.equals(username.strip().toLowerCase(Locale.ROOT));
    }
}
