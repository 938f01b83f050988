package vn.giamsat.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.rounds.RoundsView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.model.RoundSummary;

/** The whole app on a real (embedded) PostgreSQL with the seed's demo data, as an operator would start it. */
@SpringBootTest(classes = AdminApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"giamsat.demo-data=true", "server.address=127.0.0.1"})
@ViewPackages(classes = {RoundsView.class, vn.giamsat.admin.catalogue.UnitsView.class})
class AdminApplicationTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", TestDatabase::jdbcUrl);
        // The app's own role, as in production (decision 021): the suite proves its grants suffice.
        r.add("spring.datasource.username", TestDatabase::appLogin);
        r.add("giamsat.migration.user", TestDatabase::migrationLogin);
    }

    @LocalServerPort
    int port;

    /** Council staff of the given district, as Keycloak's ID token describes them. */
    static void signInAsCouncilStaffOf(String unitCode) {
        SignedInUsers.signIn(SignedInUsers.councilStaffOf(unitCode));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void council_staff_are_offered_a_new_round() {
        signInAsCouncilStaffOf("518");
        navigate(RoundsView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).id("new-round").isVisible()).isTrue();
    }

    @Test
    void a_delegation_head_is_not_offered_a_new_round_which_only_council_staff_may_open() {
        SignedInUsers.signIn(SignedInUsers.delegationHeadOf("518", "Nguyễn Văn A"));
        navigate(RoundsView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).all())
                .noneMatch(b -> b.getId().filter("new-round"::equals).isPresent());
    }

    @Test
    void council_staff_of_another_district_sees_no_round() {
        signInAsCouncilStaffOf("519");
        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();

        assertThat(test(grid).size()).isZero();
    }

    @Test
    void the_rounds_list_shows_the_seed_round_read_from_the_database() {
        signInAsCouncilStaffOf("518");
        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();
        var rows = test(grid);

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 0)).isEqualTo("21/NQ-HĐND ngày 20/12/2022");
        assertThat(rows.getCellText(0, 2)).isEqualTo("Hội đồng nhân dân huyện Phú Ninh");
        assertThat(rows.getCellText(0, 3)).isEqualTo("01/01/2021 – 30/12/2022");
        assertThat(rows.getCellText(0, 5)).isEqualTo("5");
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymous_admin_is_sent_to_the_keycloak_login_with_pkce_and_keycloak_need_not_be_running() throws Exception {
        HttpResponse<String> admin = get("/admin/");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");

        HttpResponse<String> authorize = get("/oauth2/authorization/keycloak");
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(location).startsWith("http://127.0.0.1:8180/realms/giamsat/protocol/openid-connect/auth?")
                .contains("client_id=giamsat-admin-ui").contains("code_challenge_method=S256")
                .contains("code_challenge=").contains("nonce=").contains("state=");
    }

    @Test
    void health_stays_public_and_the_api_wants_a_bearer_token() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        // The login page redirect must not swallow the app's stylesheet (it would style nothing).
        HttpResponse<String> css = get("/styles/admin.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(get("/api/rounds").statusCode()).isEqualTo(401);
        assertThat(get("/api/rounds", "Authorization", "Bearer not.a.token").statusCode()).isEqualTo(401);
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        HttpResponse<String> page = get("/admin/");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("form-action 'self' http://127.0.0.1:8180");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
    }
}
