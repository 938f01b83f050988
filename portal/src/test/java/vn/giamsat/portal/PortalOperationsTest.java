package vn.giamsat.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * What an operator gets from the running portal: probes, Prometheus metrics (HTTP, cache hits) that only a
 * private network reaches, and JSON log lines that carry the request id and nothing personal.
 */
@TestPropertySource(properties = {"logging.structured.format.console=ecs", "logging.level.giamsat.requests=INFO",
        "giamsat.portal.public-base-url=" + PortalOperationsTest.PUBLIC})
@DirtiesContext // JSON logs: a portal of its own, which no other class could reuse
@ExtendWith(OutputCaptureExtension.class)
class PortalOperationsTest extends PortalOnTestDatabase {
    static final String PUBLIC = "https://giamsat.example.vn";

    @BeforeAll
    static void publishTheSeedRound() {
        TestDatabase.truncateAll();
        AdminSide.run((useCases, beans) -> assertThat(useCases.loadDemoData().load()).isTrue());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_probes_answer_on_the_app_port() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).as("nothing but health and metrics is exposed").isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    @Test
    void prometheus_counts_page_cache_hits_and_http_requests_for_a_scraper_on_a_private_network() throws Exception {
        get("/don-vi");
        double before = pageCacheHits();
        get("/don-vi");
        get("/don-vi");

        assertThat(pageCacheHits()).isEqualTo(before + 2);
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{")
                .contains("cache_gets_total{application=\"giamsat-portal\",cache=\"portal.latest-versions\"");
    }

    @Test
    void prometheus_is_not_there_for_a_request_through_the_public_proxy() throws Exception {
        HttpResponse<String> viaProxy = get("/actuator/prometheus", "X-Forwarded-For", "203.113.131.5");
        assertThat(viaProxy.statusCode()).isEqualTo(404);
        assertThat(viaProxy.body()).doesNotContain("http_server_requests");
    }

    @Test
    void a_request_log_line_is_json_with_the_request_id_and_without_credentials_or_search_words(CapturedOutput output)
            throws Exception {
        HttpResponse<String> response = get("/thu-tuc?q=nguyen+van+an", "X-Request-Id", "portal-test-0001",
                "Authorization", "Bearer eyJsecret.token.value", "Cookie", "SESSION=cookie-secret-42");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("portal-test-0001");
        // Every line written while the request ran carries the id; the request line is the last of them.
        String line = awaitLine(output, l -> l.contains("\"logger\":\"giamsat.requests\"") && l.contains("portal-test-0001"));
        assertThat(line).startsWith("{").contains("\"requestId\":\"portal-test-0001\"")
                .containsPattern("\"message\":\"GET /thu-tuc 200 \\d+ ms\"");
        assertThat(output.getOut()).doesNotContain("eyJsecret").doesNotContain("cookie-secret-42")
                .doesNotContain("nguyen+van+an").doesNotContain("nguyen van an");

        HttpResponse<String> anonymous = get("/thu-tuc", "X-Request-Id", "bad id\twith tab");
        assertThat(anonymous.headers().firstValue("X-Request-Id").orElseThrow())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** The request line is written once the response has gone out: the client may see the response first. */
    private static String awaitLine(CapturedOutput output, java.util.function.Predicate<String> wanted) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var line = output.getOut().lines().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such log line within 5 s");
    }

    private double pageCacheHits() throws Exception {
        Matcher m = Pattern.compile("(?m)^cache_gets_total\\{[^}]*cache=\"portal.pages\"[^}]*result=\"hit\"[^}]*} (\\S+)$")
                .matcher(get("/actuator/prometheus").body());
        assertThat(m.find()).as("the page cache's hit counter is exported").isTrue();
        return Double.parseDouble(m.group(1));
    }

    /**
     * One request written by hand, byte for byte as given (no client normalizes the path or refuses a Host
     * header), as a scanner or an attacker would send it; the answer's status line, headers and body.
     */
    private String raw(String path, String... headerLines) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            boolean host = false;
            for (String h : headerLines) {
                request.append(h).append("\r\n");
                host |= h.regionMatches(true, 0, "Host:", 0, 5);
            }
            if (!host) {
                request.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- issue 14.12: the metrics guard judges the path the app serves, however it is spelt ---

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator;a/prometheus", "/actuator/./prometheus",
            "//actuator/prometheus", "/actuator//prometheus", "/actuator/%70rometheus", "/%61ctuator/prometheus",
            "/actuator/prometheus;a", "/actuator/foo/../prometheus", "/x/../actuator/prometheus"})
    void prometheus_is_not_there_through_the_proxy_however_its_path_is_spelt(String path) throws Exception {
        String answer = raw(path, "X-Forwarded-For: 203.113.131.5");
        assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("http_server_requests")
                .doesNotContain("jvm_memory");
    }

    @Test
    void prometheus_still_answers_a_scraper_on_the_private_network() throws Exception {
        assertThat(raw("/actuator/prometheus")).startsWith("HTTP/1.1 200").contains("jvm_memory");
    }

    // --- issue 14.11: absolute links from the configured public address, never from the Host header ---

    @Test
    void the_atom_feed_and_the_api_description_link_to_the_configured_address_whatever_host_was_asked_for()
            throws Exception {
        for (String[] headers : new String[][] {{"Host: evil.example"}, {"X-Forwarded-Host: evil.example"},
                {"Host: evil.example", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: http"}, {}}) {
            String feed = raw("/du-lieu-mo/cong-khai.atom", headers);
            assertThat(feed).as(String.join(", ", headers)).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                    .contains("<link rel=\"self\" href=\"" + PUBLIC + "/du-lieu-mo/cong-khai.atom\"")
                    .contains("<id>" + PUBLIC + "/du-lieu-mo/cong-khai.atom</id>");
            assertThat(Pattern.compile("href=\"([^\"]+)\"").matcher(feed).results().map(m -> m.group(1)))
                    .isNotEmpty().allMatch(href -> href.startsWith(PUBLIC + "/"));
            String api = raw("/v3/api-docs/public", headers);
            assertThat(api).as(String.join(", ", headers)).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                    .contains("\"servers\":[{\"url\":\"" + PUBLIC + "\"");
        }
    }
}
