package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.AdminApplication;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.admin.testing.SessionCapture;

/**
 * The whole admin UI on a real (embedded) PostgreSQL with the demo data, signing in at the real Keycloak of
 * {@link RealKeycloak} (started once for all such tests). Every subclass shares this one Spring context. Bearer
 * tokens older than 1 s past their expiry are refused here (60 s in the app), for the expired-token test.
 */
@SpringBootTest(classes = AdminApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"giamsat.demo-data=true", "server.address=127.0.0.1", "giamsat.oidc.clock-skew=PT1S"})
@Import(SessionCapture.class)
@ViewPackages(packages = "vn.giamsat.admin")
public abstract class RealKeycloakTest extends SpringBrowserlessTest {
    @DynamicPropertySource
    static void keycloakAndDatabase(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", TestDatabase::jdbcUrl);
        // The app's own role, as in production (decision 021): the suite proves its grants suffice.
        r.add("spring.datasource.username", TestDatabase::appLogin);
        r.add("giamsat.migration.user", TestDatabase::migrationLogin);
        RealKeycloak.get().adminUiProperties().forEach((k, v) -> r.add(k, () -> v));
    }

    @LocalServerPort
    protected int port;

    @AfterEach
    void signOutOfTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    protected static RealKeycloak keycloak() {
        return RealKeycloak.get();
    }

    protected String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A browser signed in as the demo user through Keycloak's login form, back on the admin UI. */
    protected HttpBrowser signedIn(String username) throws IOException, InterruptedException {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> landed = browser.signIn(app("/admin/"), username, keycloak().demoPassword());
        assertThat(landed.uri().toString()).as(username + " lands back on the admin UI").startsWith(app("/admin/"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.isLoginForm(landed)).isFalse();
        return browser;
    }

    /** What the real login left in the browser's session, for browserless tests of the views as that user. */
    protected Authentication sessionOf(HttpBrowser browser) throws IOException, InterruptedException {
        HttpResponse<String> r = browser.get(app("/test-session"));
        assertThat(r.statusCode()).isEqualTo(200);
        return SessionCapture.of(r.body());
    }

    /** Signs the test thread in as that user's real session, for browserless navigation and use-case calls. */
    protected void actAs(String username) throws IOException, InterruptedException {
        Authentication auth = sessionOf(signedIn(username));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    protected HttpResponse<String> api(String path, String token) throws IOException, InterruptedException {
        return new HttpBrowser().send(HttpRequest.newBuilder(java.net.URI.create(app(path)))
                .header("Authorization", "Bearer " + token).GET());
    }
}
