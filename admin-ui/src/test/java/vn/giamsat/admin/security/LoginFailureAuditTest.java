package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.WholeAppTest;

/**
 * A login that fails in the admin UI (here: a callback from "Keycloak" with a state this session never sent, as
 * a forged or replayed link would bring) is written to the audit log, without the code or the state it carried.
 */
class LoginFailureAuditTest extends WholeAppTest {
    static final String CODE = "c0de-SplxlOBeZQQYbYS6WxSbIA-9f8e7d6c5b4a";
    static final String STATE = "st4te-Zm9yZ2VkLXN0YXRlLXZhbHVlLTEyMzQ1Njc4OTA";

    @LocalServerPort int port;
    final JdbcClient db = JdbcClient.create(TestDatabase.appDataSource());

    @Test
    void a_forged_login_callback_is_logged_without_its_code_or_state_and_answered_as_before() throws Exception {
        long mark = db.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/login/oauth2/code/keycloak?code=" + CODE + "&state=" + STATE))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        // the answer Spring Security gives without the audit: back to the login
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/oauth2/authorization/keycloak?error");
        List<String> logged = db.sql("""
                SELECT actor_id || ' ' || table_name || ' ' || operation || ' ' || after::text FROM audit_log
                 WHERE id > ? ORDER BY id""").param(mark).query(String.class).list();
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry).startsWith("anonymous security LOGIN_FAILURE")
                    .contains("\"error\": \"authorization_request_not_found\"", "\"remoteAddress\": \"127.0.0.1\"");
            assertThat(entry).doesNotContain(CODE, STATE, "SplxlOBeZQQYbYS6WxSbIA");
        });
        assertThat(db.sql("SELECT count(*) FROM audit_log WHERE after::text LIKE ? OR before::text LIKE ?")
                .params("%SplxlOBeZQQYbYS6WxSbIA%", "%SplxlOBeZQQYbYS6WxSbIA%").query(Long.class).single()).isZero();
    }
}
