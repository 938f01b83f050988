package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamsat.portal.PortalWebTestApplication;

/** What a reader sees when something goes wrong: a page in their language, never a stack trace. */
@SpringBootTest(classes = PortalWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    SeedPublishedResults published;

    PortalPages portal;

    @BeforeEach
    void setUp() {
        portal = new PortalPages(port);
    }

    @AfterEach
    void backToNormal() {
        published.mode(SeedPublishedResults.Mode.PUBLISHED);
    }

    @Test
    void an_unknown_address_gets_a_vietnamese_not_found_page_that_is_not_cached() {
        HttpResponse<String> response = portal.get("/khong-co-trang-nay");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Không tìm thấy trang");
        assertThat(page.selectFirst("a.lang-switch").attr("href")).isEqualTo("/khong-co-trang-nay?lang=en");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void the_not_found_page_speaks_english_with_lang_en() {
        HttpResponse<String> response = portal.get("/khong-co-trang-nay?lang=en");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.selectFirst("a.lang-switch").attr("href")).isEqualTo("/khong-co-trang-nay");
    }

    @Test
    void when_the_database_is_unreachable_the_reader_gets_a_503_page_to_retry_later() {
        published.mode(SeedPublishedResults.Mode.DATABASE_DOWN);

        HttpResponse<String> response = portal.get("/don-vi");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Tạm thời không truy cập được số liệu");
        assertThat(page.selectFirst("a.lang-switch").attr("href")).isEqualTo("/don-vi?lang=en");
        assertNoInternals(response.body());
    }

    @Test
    void the_503_page_speaks_english_with_lang_en() {
        published.mode(SeedPublishedResults.Mode.DATABASE_DOWN);

        HttpResponse<String> response = portal.get("/?lang=en");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Figures temporarily unavailable");
        assertNoInternals(response.body());
    }

    @Test
    void a_fault_in_the_portal_gives_a_500_page_without_stack_trace_or_exception_details() {
        published.mode(SeedPublishedResults.Mode.BROKEN);

        HttpResponse<String> response = portal.get("/don-vi");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Đã có lỗi xảy ra");
        assertNoInternals(response.body());
    }

    @Test
    void the_500_page_speaks_english_with_lang_en() {
        published.mode(SeedPublishedResults.Mode.BROKEN);

        HttpResponse<String> response = portal.get("/don-vi?lang=en");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertNoInternals(response.body());
    }

    @Test
    void a_json_client_gets_no_stack_trace_either() {
        published.mode(SeedPublishedResults.Mode.BROKEN);

        HttpResponse<String> response = portal.get("/don-vi?trace=true", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertNoInternals(response.body());
        assertThat(response.body()).contains("\"status\":500")
                .doesNotContain("\"trace\"").doesNotContain("\"message\"").doesNotContain("\"path\"");
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain(SeedPublishedResults.SECRET)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("vn.giamsat")
                .doesNotContainIgnoringCase("hikari");
    }
}
