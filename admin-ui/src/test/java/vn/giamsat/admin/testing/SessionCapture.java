package vn.giamsat.admin.testing;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only: {@code GET /test-session} (behind the app's own security, so only a signed-in session reaches it)
 * hands the session's authentication to the test in the same JVM. With it, a browserless test acts as exactly
 * the user Keycloak's real login left in that session: real ID token, real roles and jurisdiction claims.
 */
@TestConfiguration
@Import(SessionCapture.Endpoint.class)
public class SessionCapture {
    private static final Map<String, Authentication> SESSIONS = new ConcurrentHashMap<>();

    /** Vaadin's chain refuses paths it does not know; this one wants a signed-in session and nothing else. */
    @Bean
    @Order(0)
    SecurityFilterChain testSessionChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/test-session").authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }

    public static Authentication of(String sessionId) {
        Authentication a = SESSIONS.get(sessionId);
        if (a == null) {
            throw new AssertionError("no signed-in session " + sessionId + " was captured");
        }
        return a;
    }

    @RestController
    static class Endpoint {
        @GetMapping("/test-session")
        String capture(HttpSession session) {
            SESSIONS.put(session.getId(), SecurityContextHolder.getContext().getAuthentication());
            return session.getId();
        }
    }
}
