package vn.giamsat.admin.testing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only: a real browser signs in without Keycloak's login form by opening {@code /test-sign-in}, then lands on
 * {@code /admin/} + {@code next}. Who signs in:
 * <ul>
 *   <li>{@code /test-sign-in} (or {@code ?as=staff}): council staff of Phú Ninh district (518), Lê Thị Hoa;</li>
 *   <li>{@code ?as=head}: Nguyễn Văn A, delegation head over 518 (the head the browser walk appoints);</li>
 *   <li>{@code ?role=ADMIN} or {@code ?role=COUNCIL_STAFF&unit=518}: any role, with or without a unit
 *       ({@link SignedInUsers#withRole}).</li>
 * </ul>
 * The session then holds the same authentication an OIDC login would leave; every other request goes through the
 * app's own security unchanged. Exists only on the test classpath.
 */
@TestConfiguration
@Import(TestSignIn.Endpoint.class)
public class TestSignIn {
    public static final String PATH = "/test-sign-in";

    @Bean
    @Order(0)
    SecurityFilterChain testSignInChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATH).authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    static Authentication who(String as, String role, String unit) {
        if (role != null) {
            return SignedInUsers.withRole(role, unit);
        }
        return "head".equals(as) ? SignedInUsers.delegationHeadOf("518", "Nguyễn Văn A")
                : SignedInUsers.councilStaffOf("518");
    }

    @RestController
    static class Endpoint {
        @GetMapping(PATH)
        void signIn(@RequestParam(name = "as", defaultValue = "staff") String as,
                    @RequestParam(required = false) String role, @RequestParam(required = false) String unit,
                    @RequestParam(defaultValue = "") String next, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(who(as, role, unit));
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            // only a path inside the app: the redirect is never to another host
            response.sendRedirect("/admin/" + next.replaceAll("[^a-z0-9/-]", ""));
        }
    }
}
