package vn.giamsat.admin.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import vn.giamsat.admin.security.SystemAuthentication;

/**
 * Signed-in users as Keycloak's ID token describes them (username, full name, realm roles, jurisdiction), for tests
 * that do not go through the login form; the one factory of the browserless tests and of {@link TestSignIn}.
 */
public final class SignedInUsers {
    private SignedInUsers() {}

    /** Any user: one realm role (plus Keycloak's default one) and the unit codes of their jurisdiction. */
    public static OAuth2AuthenticationToken user(String username, String fullName, String role, String... jurisdiction) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(3600), Map.of(
                "sub", username, "preferred_username", username, "name", fullName,
                "roles", List.of(role, "default-roles-giamsat"), "jurisdiction", Arrays.asList(jurisdiction)));
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + role)), token, "preferred_username");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    /** The system administrator, who keeps the catalogues (no jurisdiction needed for them). */
    public static OAuth2AuthenticationToken admin() {
        return user("quantri", "Phạm Quản Trị", "ADMIN");
    }

    /** Council staff (văn phòng HĐND) of the given unit, e.g. Phú Ninh district "518". */
    public static OAuth2AuthenticationToken councilStaffOf(String unitCode) {
        return user("vanphong", "Lê Thị Hoa", "COUNCIL_STAFF", unitCode);
    }

    /**
     * A delegation head (trưởng đoàn) over the given unit; approval matches them to the round's head by full name,
     * so {@code fullName} must be the name entered in the round's delegation.
     */
    public static OAuth2AuthenticationToken delegationHeadOf(String unitCode, String fullName) {
        return user("truongdoan", fullName, "DELEGATION_HEAD", unitCode);
    }

    /** A commune's officer (cán bộ đơn vị) with jurisdiction over the given unit, e.g. Phú Thịnh "20364". */
    public static OAuth2AuthenticationToken unitOfficerOf(String unitCode) {
        return user("canbo." + unitCode, "Trần Văn B", "UNIT_OFFICER", unitCode);
    }

    /**
     * A user with the given role: the administrator (Phạm Quản Trị) without a unit, Lê Thị Hoa with one — what
     * {@code /test-sign-in?role=…&unit=…} signs in.
     */
    public static OAuth2AuthenticationToken withRole(String role, String unitCode) {
        return unitCode == null ? user("quantri", "Phạm Quản Trị", role) : user("vanphong", "Lê Thị Hoa", role, unitCode);
    }

    /** Makes {@code authentication} the current thread's user, as a session after login would. */
    public static void signIn(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static void signInAsAdmin() {
        signIn(admin());
    }

    /** The app acting for itself, as at start-up when it loads the demo data. */
    public static void actAsSystem() {
        signIn(new SystemAuthentication());
    }
}
