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
 *   <li>{@code ?as=officer} (and {@code &unit=…}, Tam Đàn 20374 if none): Trần Văn B, the commune's officer who
 *       hands in its report and reports on its recommendations;</li>
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

    /**
     * The user directory of the walk (no Keycloak here): the account the test sign-in's delegation head uses, so the
     * delegation editor can link the head to it (decision 018). Only the directory's reading is served.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    vn.giamsat.application.identity.port.out.IdentityDirectoryPort testDirectory() {
        var head = new vn.giamsat.application.identity.model.DirectoryUser("truongdoan", "truongdoan", "Nguyễn Văn A",
                "truongdoan@giamsat.local", true, java.util.Set.of(vn.giamsat.application.security.Role.DELEGATION_HEAD,
                vn.giamsat.application.security.Role.DELEGATION_MEMBER), java.util.Set.of());
        return new vn.giamsat.application.identity.port.out.IdentityDirectoryPort() {
            @Override
            public vn.giamsat.application.identity.model.UserPage users(
                    vn.giamsat.application.identity.model.UserSearch search) {
                boolean match = (head.username() + " " + head.fullName()).contains(search.text());
                return new vn.giamsat.application.identity.model.UserPage(match ? java.util.List.of(head)
                        : java.util.List.of(), match ? 1 : 0);
            }

            @Override
            public java.util.Optional<vn.giamsat.application.identity.model.DirectoryUser> user(String id) {
                return java.util.Optional.of(head).filter(u -> u.id().equals(id));
            }

            @Override
            public void setRoles(String id, java.util.Set<vn.giamsat.application.security.Role> roles) {
                throw new UnsupportedOperationException("the walk's directory is read-only");
            }

            @Override
            public void setJurisdictions(String id, java.util.Set<vn.giamsat.domain.unit.UnitCode> units) {
                throw new UnsupportedOperationException("the walk's directory is read-only");
            }

            @Override
            public java.util.List<vn.giamsat.application.identity.model.LoginFailure> recentLoginFailures(int max) {
                return java.util.List.of();
            }

            @Override
            public java.util.Optional<vn.giamsat.application.identity.model.DirectoryUser> byUsername(String name) {
                return java.util.Optional.of(head).filter(u -> u.username().equals(name));
            }

            @Override
            public String create(vn.giamsat.application.identity.model.NewUser user) {
                throw new UnsupportedOperationException("the walk's directory is read-only");
            }

            @Override
            public void setEnabled(String id, boolean enabled) {
                throw new UnsupportedOperationException("the walk's directory is read-only");
            }

            @Override
            public void sendActionsEmail(String id,
                    java.util.Set<vn.giamsat.application.identity.model.RequiredAction> actions) {
                throw new UnsupportedOperationException("the walk's directory is read-only");
            }

            @Override
            public java.util.List<vn.giamsat.application.identity.model.SignIn> recentSignIns(String id, int max) {
                return java.util.List.of();
            }
        };
    }

    static Authentication who(String as, String role, String unit) {
        if (role != null) {
            return SignedInUsers.withRole(role, unit);
        }
        if ("officer".equals(as)) {
            return SignedInUsers.unitOfficerOf(unit == null ? "20374" : unit);
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
