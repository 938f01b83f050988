package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired ObjectProvider<LoginFailureThrottle> throttle;

    /**
     * Issue 14.14: anyone can send forged callbacks as fast as the network allows. A thousand of them write a
     * handful of rows, and once the minute is over (here: at once) one more row counts the rest and names the
     * address; nothing is lost from the count.
     */
    @Test
    void a_thousand_failed_callbacks_write_a_bounded_number_of_rows_and_one_that_counts_the_rest() throws Exception {
        throttle.ifAvailable(LoginFailureThrottle::summarizeNow); // a fresh minute, whatever another test left
        long mark = db.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 1000; i++) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/login/oauth2/code/keycloak?code=c" + i + "&state=s" + i)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isEqualTo(302);
        }
        List<String> oneByOne = db.sql("""
                SELECT after::text FROM audit_log WHERE id > ? AND operation = 'LOGIN_FAILURE' ORDER BY id""")
                .param(mark).query(String.class).list();
        // 5 per address and minute; 10 if the minute turned during the run
        assertThat(oneByOne).hasSizeBetween(5, 11)
                .allSatisfy(row -> assertThat(row).contains("\"remoteAddress\": \"127.0.0.1\""));

        throttle.getObject().summarizeNow(); // what the minute's end does
        List<String> rows = db.sql("""
                SELECT after::text FROM audit_log WHERE id > ? AND operation = 'LOGIN_FAILURE' ORDER BY id""")
                .param(mark).query(String.class).list();
        List<String> summaries = rows.stream().filter(r -> r.contains(LoginFailureThrottle.SUMMARY_CODE)).toList();
        assertThat(summaries).hasSizeBetween(1, 2);
        int counted = 0;
        for (String summary : summaries) {
            Matcher m = Pattern.compile("(\\d+) more failed sign-ins").matcher(summary);
            assertThat(m.find()).as(summary).isTrue();
            counted += Integer.parseInt(m.group(1));
            assertThat(summary).contains("127.0.0.1 ×").contains("\"remoteAddress\": \"127.0.0.1\"");
        }
        assertThat(rows.size() - summaries.size() + counted).as("every failure is written or counted").isEqualTo(1000);
    }
}
