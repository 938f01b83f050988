package vn.giamsat.admin.testing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only, like {@link TestSignIn}: a real browser signs in with a chosen role and jurisdiction by opening
 * {@code /test-sign-in-as?role=ADMIN} (or {@code ?role=COUNCIL_STAFF&unit=518}), then lands on {@code next}.
 */
@TestConfiguration
@Import(TestSignInAs.Endpoint.class)
public class TestSignInAs {

    @Bean
    @Order(0)
    SecurityFilterChain testSignInAsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/test-sign-in-as").authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @RestController
    static class Endpoint {
        @GetMapping("/test-sign-in-as")
        void signIn(@RequestParam String role, @RequestParam(required = false) String unit,
                    @RequestParam(defaultValue = "") String next, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(unit == null ? SignedInUsers.user("quantri", "Phạm Quản Trị", role)
                    : SignedInUsers.user("vanphong", "Lê Thị Hoa", role, unit));
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            response.sendRedirect("/admin/" + next.replaceAll("[^a-z0-9/-]", ""));
        }
    }
}
