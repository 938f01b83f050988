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
 * Test-only: a real browser signs in as council staff without Keycloak's login form, by opening
 * {@code /test-sign-in} ({@code /test-sign-in?as=head} for the delegation head). The session then holds the
 * same authentication an OIDC login would leave; every
 * other request goes through the app's own security unchanged. Exists only on the test classpath.
 */
@TestConfiguration
@Import(TestSignIn.Endpoint.class)
public class TestSignIn {

    @Bean
    @Order(0)
    SecurityFilterChain testSignInChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/test-sign-in").authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @RestController
    static class Endpoint {
        @GetMapping("/test-sign-in")
        void signIn(@RequestParam(name = "as", defaultValue = "staff") String as, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            // "head": Nguyễn Văn A, the head the browser walk appoints; anything else: council staff of Phú Ninh.
            context.setAuthentication("head".equals(as) ? TestUsers.delegationHeadOf("518", "Nguyễn Văn A")
                    : TestUsers.councilStaffOf("518"));
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            response.sendRedirect("/admin/");
        }
    }
}
