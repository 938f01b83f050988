package vn.giamsat.admin.security;

import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.security.Actor;

/**
 * The current actor from Spring Security's context: the signed-in OIDC user (browser) or the bearer token's
 * subject (API). No authentication gives an actor without roles, whom every use case refuses.
 */
public class SpringSecurityActors implements CurrentActorPort {
    static final Actor NOBODY = Actor.user("anonymous", "Khách", Set.of(), Set.of());

    @Override
    public Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof SystemAuthentication) {
            return Actor.theSystem();
        }
        if (auth == null || !auth.isAuthenticated()) {
            return NOBODY;
        }
        if (auth.getPrincipal() instanceof OidcUser user) {
            return actor(user.getPreferredUsername(), user.getFullName(), user.getClaims());
        }
        if (auth instanceof JwtAuthenticationToken jwt) {
            return actor(jwt.getToken().getClaimAsString("preferred_username"), jwt.getToken().getClaimAsString("name"),
                    jwt.getTokenAttributes());
        }
        return NOBODY;
    }

    private static Actor actor(String username, String name, Map<String, Object> claims) {
        if (username == null || username.isBlank()) {
            return NOBODY;
        }
        return Actor.user(username, name, TokenRoles.roles(claims), TokenRoles.jurisdictions(claims));
    }
}
