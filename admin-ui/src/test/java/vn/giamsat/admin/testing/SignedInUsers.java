package vn.giamsat.admin.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Signed-in users with any role, as Keycloak's ID token describes them (see {@link TestUsers}). */
public final class SignedInUsers {
    private SignedInUsers() {}

    public static OAuth2AuthenticationToken user(String username, String fullName, String role, String... jurisdiction) {
        List<String> roles = new ArrayList<>(List.of(role, "default-roles-giamsat"));
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(3600), Map.of(
                "sub", username, "preferred_username", username, "name", fullName,
                "roles", roles, "jurisdiction", Arrays.asList(jurisdiction)));
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + role)), token, "preferred_username");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }

    /** The system administrator, who keeps the catalogues (no jurisdiction needed for them). */
    public static void signInAsAdmin() {
        TestUsers.signIn(user("quantri", "Phạm Quản Trị", "ADMIN"));
    }
}
