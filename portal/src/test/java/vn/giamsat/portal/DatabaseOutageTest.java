package vn.giamsat.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application with its database gone (nothing listens on the port): it still starts, and a reader
 * gets the "temporarily unavailable" page, not an error trace.
 */
// Closed after the class (its database never exists): a portal left running would keep refreshing against it on the
// shared ForkJoin pool, and starve the refreshes of the portals of later classes.
@DirtiesContext
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/giamsat",
                "spring.datasource.username=giamsat_portal",
                "spring.datasource.hikari.connection-timeout=500"})
class DatabaseOutageTest {

    @LocalServerPort
    int port;

    @Test
    void an_unreachable_database_gives_the_503_page() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/don-vi")).header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text())
                .isEqualTo("Tạm thời không truy cập được số liệu");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("postgresql").doesNotContain("9/giamsat");
    }
}
