package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * A kept page is answered inside Tomcat, before the servlet filters (decision 055), and a reader cannot tell: the
 * same bytes, the same headers (security headers, caching, language), a request id of its own, HSTS when a
 * trusted proxy says the request came over HTTPS, and Vietnamese and English pages never mixed up.
 */
class KeptPagesAnsweredEarlyTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Different on every answer by nature. */
    private static final List<String> PER_ANSWER = List.of("date", "x-request-id");

    @BeforeAll
    static void publish() {
        PublishedData.publish();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double answeredEarly() throws Exception {
        Matcher m = Pattern.compile("(?m)^giamsat_portal_pages_answered_early_total\\{[^}]*} (\\S+)$")
                .matcher(get("/actuator/prometheus").body());
        assertThat(m.find()).as("the valve's answers are counted on /actuator/prometheus").isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static Map<String, List<String>> stable(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_ANSWER.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return headers;
    }

    @Test
    void the_second_reader_gets_from_tomcat_what_the_first_got_from_the_filters() throws Exception {
        for (String path : List.of("/don-vi", "/so-sanh", "/thu-tuc?q=dang+ky", "/don-vi?lang=en")) {
            HttpResponse<String> rendered = get(path);
            double early = answeredEarly();
            HttpResponse<String> kept = get(path);

            assertThat(answeredEarly()).as(path + ": answered by the valve").isEqualTo(early + 1);
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).as(path).isEqualTo(rendered.body());
            assertThat(stable(kept)).as(path + ": every header but Date and the request id").isEqualTo(stable(rendered));
            assertThat(stable(kept)).containsKeys("content-security-policy", "x-content-type-options",
                    "x-frame-options", "referrer-policy", "permissions-policy", "cache-control", "etag",
                    "content-type", "content-length");
            assertThat(kept.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
            assertThat(kept.headers().firstValue("Date")).isPresent();
            String id = kept.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
                    .isNotEqualTo(rendered.headers().firstValue("X-Request-Id").orElseThrow());
        }
    }

    @Test
    void vietnamese_and_english_readers_of_one_page_each_get_their_own_language() throws Exception {
        for (String path : List.of("/", "/don-vi", "/so-sanh")) {
            String english = path + "?lang=en";
            for (int i = 0; i < 3; i++) { // rendered, then kept, alternating
                HttpResponse<String> vi = get(path);
                HttpResponse<String> en = get(english);
                assertThat(Jsoup.parse(vi.body()).selectFirst("html").attr("lang")).as(path).isEqualTo("vi");
                assertThat(Jsoup.parse(en.body()).selectFirst("html").attr("lang")).as(english).isEqualTo("en");
                assertThat(vi.headers().firstValue("Content-Language")).as(path).hasValue("vi-VN");
                assertThat(en.headers().firstValue("Content-Language")).as(english).hasValue("en");
                assertThat(vi.headers().firstValue("ETag")).isNotEqualTo(en.headers().firstValue("ETag"));
            }
        }
    }

    @Test
    void a_kept_page_echoes_a_well_formed_request_id_and_replaces_a_malformed_one() throws Exception {
        get("/so-sanh");
        double early = answeredEarly();
        HttpResponse<String> quoted = get("/so-sanh", "X-Request-Id", "proxy-abc-12345");
        HttpResponse<String> malformed = get("/so-sanh", "X-Request-Id", "<script>alert(1)</script>");

        assertThat(answeredEarly()).isEqualTo(early + 2);
        assertThat(quoted.headers().firstValue("X-Request-Id")).hasValue("proxy-abc-12345");
        assertThat(malformed.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_kept_page_reached_over_https_through_the_proxy_carries_hsts_and_a_client_holding_it_gets_304()
            throws Exception {
        HttpResponse<String> first = get("/don-vi");
        double early = answeredEarly();
        HttpResponse<String> overHttps = get("/don-vi", "X-Forwarded-Proto", "https");
        HttpResponse<String> revalidated = get("/don-vi", "If-None-Match", first.headers().firstValue("ETag").orElseThrow());

        assertThat(answeredEarly()).isEqualTo(early + 2);
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void odd_spellings_and_other_methods_are_left_to_the_filters() throws Exception {
        get("/don-vi");
        double early = answeredEarly();
        get("/don-vi;x=1");
        get("/%64on-vi");
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/don-vi"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(answeredEarly()).isEqualTo(early);
    }
}
