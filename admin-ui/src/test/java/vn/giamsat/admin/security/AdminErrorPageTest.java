package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.AdminApplication;

/**
 * Issue 14.13: an error in the admin UI shows the app's own page, never a stack trace, an exception's name or its
 * message; and the error settings carry the names Boot 4 reads (it ignores the old {@code server.error.*}).
 */
@SpringBootTest(classes = AdminApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1"})
@Import(AdminErrorPageTest.Failing.class)
class AdminErrorPageTest {
    static final String DETAIL = "connection to db-secret.internal:5432 refused for user giamsat_owner";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", TestDatabase::jdbcUrl);
        r.add("spring.datasource.username", TestDatabase::superuser);
    }

    /** Test-only: a request that throws, as a bug or a lost database would. Public, like any failing page. */
    @TestConfiguration
    @Import(Failing.Endpoint.class)
    static class Failing {
        @Bean
        @Order(0)
        SecurityFilterChain failingChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/test-error/**").authorizeHttpRequests(a -> a.anyRequest().permitAll());
            return http.build();
        }

        @RestController
        static class Endpoint {
            @GetMapping("/test-error/throw")
            String fail() {
                throw new IllegalStateException(DETAIL, new IOException("at vn.giamsat.hidden.Cause"));
            }
        }
    }

    @LocalServerPort int port;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_request_that_throws_shows_the_apps_own_page_without_stack_trace_or_message() throws Exception {
        HttpResponse<String> page = get("/test-error/throw", "text/html,application/xhtml+xml");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Giám sát TTHC: đã có lỗi xảy ra").contains("Something went wrong on our side")
                .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("at vn.giamsat")
                .doesNotContain("db-secret").doesNotContain("trace");
    }

    @Test
    void a_client_asking_for_json_gets_the_status_and_nothing_of_the_exception() throws Exception {
        HttpResponse<String> answer = get("/test-error/throw", "application/json");

        assertThat(answer.statusCode()).isEqualTo(500);
        JsonNode body = JsonMapper.builder().build().readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(500);
        assertThat(body.has("trace")).isFalse();
        assertThat(body.has("exception")).isFalse();
        assertThat(body.has("message")).isFalse();
        assertThat(body.has("path")).isFalse();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at vn.giamsat").doesNotContain("db-secret");
    }

    @Test
    void an_unknown_address_shows_the_apps_own_page_with_404() throws Exception {
        HttpResponse<String> page = get("/test-error/no-such-page", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Giám sát TTHC: không thực hiện được yêu cầu").doesNotContain("Whitelabel");
    }

    /** Boot's own metadata marks a renamed property "deprecated, level error": none may be in our settings. */
    @Test
    void the_settings_use_no_property_name_that_boot_4_no_longer_reads() throws Exception {
        Set<String> gone = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL metadata : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode p : json.readTree(in).path("properties")) {
                    if ("error".equals(p.path("deprecation").path("level").asString(""))) {
                        gone.add(p.get("name").asString());
                    }
                }
            }
        }
        assertThat(gone).as("Boot's metadata was read").contains("server.error.include-stacktrace");
        Properties settings = new Properties();
        try (Reader r = new java.io.InputStreamReader(getClass().getResourceAsStream("/application.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(r);
        }
        assertThat(settings.stringPropertyNames()).as("names Boot 4 ignores").doesNotContainAnyElementsOf(gone);
        assertThat(settings).containsEntry("spring.web.error.include-stacktrace", "never")
                .containsEntry("spring.web.error.whitelabel.enabled", "false");
    }
}
