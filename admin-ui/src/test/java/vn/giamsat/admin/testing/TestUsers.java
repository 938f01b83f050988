package vn.giamsat.admin.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import vn.giamsat.admin.security.SystemAuthentication;

/** Signed-in users as Keycloak's ID token describes them, for tests that do not go through the login form. */
public final class TestUsers {
    private TestUsers() {}

    /** Council staff (văn phòng HĐND) of the given unit, e.g. Phú Ninh district "518". */
    public static OAuth2AuthenticationToken councilStaffOf(String unitCode) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(3600), Map.of(
                "sub", "u1", "preferred_username", "vanphong", "name", "Lê Thị Hoa",
                "roles", List.of("COUNCIL_STAFF", "default-roles-giamsat"), "jurisdiction", List.of(unitCode)));
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_COUNCIL_STAFF")), token,
                "preferred_username");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    /**
     * A delegation head (trưởng đoàn) over the given unit; approval matches them to the round's head by full name,
     * so {@code fullName} must be the name entered in the round's delegation.
     */
    public static OAuth2AuthenticationToken delegationHeadOf(String unitCode, String fullName) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(3600), Map.of(
                "sub", "u2", "preferred_username", "truongdoan", "name", fullName,
                "roles", List.of("DELEGATION_HEAD", "default-roles-giamsat"), "jurisdiction", List.of(unitCode)));
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_DELEGATION_HEAD")), token,
                "preferred_username");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    /** A commune's officer (cán bộ đơn vị) with jurisdiction over the given unit, e.g. Phú Thịnh "20364". */
    public static OAuth2AuthenticationToken unitOfficerOf(String unitCode) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(3600), Map.of(
                "sub", "u3", "preferred_username", "canbo." + unitCode, "name", "Trần Văn B",
                "roles", List.of("UNIT_OFFICER", "default-roles-giamsat"), "jurisdiction", List.of(unitCode)));
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_UNIT_OFFICER")), token,
                "preferred_username");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    public static void signIn(org.springframework.security.core.Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    /** The app acting for itself, as at start-up when it loads the demo data. */
    public static void actAsSystem() {
        signIn(new SystemAuthentication());
    }
}
