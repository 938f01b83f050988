package vn.giamsat.admin.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The app acting on its own behalf (the demo-data load at start), never a request. {@link SpringSecurityActors}
 * maps it to {@code Actor.theSystem()}.
 */
public final class SystemAuthentication extends AbstractAuthenticationToken {
    public SystemAuthentication() {
        super(List.of());
        setAuthenticated(true);
    }

    @Override public Object getCredentials() { return ""; }
    @Override public Object getPrincipal() { return "system"; }
}
