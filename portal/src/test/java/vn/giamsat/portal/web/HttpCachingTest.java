package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamsat.portal.PortalWebTestApplication;

/** Published pages may be kept by browsers and proxies for a minute and revalidated cheaply. */
@SpringBootTest(classes = PortalWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpCachingTest {

    @LocalServerPort
    int port;

    @Test
    void a_published_page_is_publicly_cacheable_for_a_minute_and_revalidates_with_its_etag() {
        PortalPages portal = new PortalPages(port);
        HttpResponse<String> first = portal.get("/don-vi");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = portal.get("/don-vi", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_english_page_is_a_different_resource_with_its_own_etag() {
        PortalPages portal = new PortalPages(port);
        String vietnamese = portal.get("/don-vi").headers().firstValue("ETag").orElseThrow();
        String english = portal.get("/don-vi?lang=en").headers().firstValue("ETag").orElseThrow();

        assertThat(english).isNotEqualTo(vietnamese);
    }
}
