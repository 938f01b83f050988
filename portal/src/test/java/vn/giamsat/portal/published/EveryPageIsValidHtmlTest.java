package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Issue 18 item 5: every portal page, rendered from the demo data, passes the W3C Nu HTML checker (the same
 * checker as validator.w3.org/nu, run in-process, offline) with no error. The pages are found as a visitor finds
 * them: from the home page, in both languages, following every link of the portal; of addresses that differ only
 * in an id or a code the first {@value #SAME_SHAPE} are checked (they are the same template with other data).
 */
class EveryPageIsValidHtmlTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SAME_SHAPE = 3;

    @BeforeAll
    static synchronized void loadTheDemoData() {
        TestDatabase.truncateAll();
        AdminSide.run((u, writer) -> assertThat(u.loadDemoData().load()).isTrue());
    }

    @Test
    void every_page_reached_from_the_home_page_has_no_html_error() throws Exception {
        EmbeddedValidator checker = new EmbeddedValidator();
        checker.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        // the home page in both languages, and the "not found" page (error pages are pages too)
        Deque<String> toVisit = new ArrayDeque<>(List.of("/", "/?lang=en", "/khong-co-trang-nay"));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> checked = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        while (!toVisit.isEmpty()) {
            String path = toVisit.removeFirst();
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            checked.add(path);
            JsonNode report = JsonMapper.shared().readTree(checker.validate(new ByteArrayInputStream(response.body())));
            for (JsonNode message : report.get("messages")) {
                if (!message.path("type").asString().equals("info")) {
                    errors.add(path + " line " + message.path("lastLine").asInt() + ": " + message.path("message").asString()
                            + " [" + message.path("extract").asString().strip() + "]");
                }
            }
            for (Element link : Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .select("a[href]")) {
                String href = link.attr("href");
                if (!href.startsWith("/") || href.startsWith("//")) {
                    continue; // another site
                }
                href = href.replaceFirst("#.*$", "");
                String shape = href.replaceAll("/[^/?]*\\d[^/?]*", "/N").replaceAll("[?&](q|linh-vuc|don-vi|truc-tuyen|buu-chinh)=[^&]*", "");
                if (!href.isEmpty() && seen.add(href) && shapes.merge(shape, 1, Integer::sum) <= SAME_SHAPE) {
                    toVisit.addLast(href);
                }
            }
        }
        assertThat(checked).as("pages checked").hasSizeGreaterThan(15)
                .contains("/", "/don-vi", "/so-sanh", "/thu-tuc", "/giam-sat", "/du-lieu-mo", "/khong-co-trang-nay");
        assertThat(checked).anyMatch(p -> p.startsWith("/don-vi/")).anyMatch(p -> p.startsWith("/thu-tuc/"))
                .anyMatch(p -> p.matches("/giam-sat/[^/?]+(\\?.*)?")).anyMatch(p -> p.contains("lang=en"));
        assertThat(errors).as("Nu HTML checker on " + checked.size() + " pages: " + checked).isEmpty();
    }
}
