package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamsat.portal.PortalWebTestApplication;

/** The home page lists what is published and leads to each unit's row of figures. */
@SpringBootTest(classes = PortalWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageTest {

    @LocalServerPort
    int port;

    @Autowired
    SeedPublishedResults published;

    @AfterEach
    void backToNormal() {
        published.mode(SeedPublishedResults.Mode.PUBLISHED);
    }

    @Test
    void home_page_names_the_published_round_and_links_to_each_units_figures() {
        Document home = new PortalPages(port).page("/");

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(home.select(".publication-list li").eachText())
                .containsExactly("Nghị quyết 21/NQ-HĐND, phiên bản 1: số liệu của 8 đơn vị và kỳ");
        assertThat(home.select(".unit-list a").eachAttr("href"))
                .contains("/don-vi#dv-20364-2021-01-01-2022-12-30");
        assertThat(home.select(".unit-list li").eachText())
                .contains("Thị trấn Phú Thịnh 01/01/2021 – 30/12/2022 (đơn vị cũ, nay thuộc xã Chiên Đàn)");
    }

    @Test
    void before_anything_is_published_both_pages_say_so_instead_of_showing_an_empty_table() {
        published.mode(SeedPublishedResults.Mode.NOTHING_PUBLISHED);
        PortalPages portal = new PortalPages(port);

        Document home = portal.page("/");
        Document units = portal.page("/don-vi");

        assertThat(home.select("main p").eachText()).contains("Chưa có kết quả giám sát nào được công khai.");
        assertThat(home.select(".button-link")).isEmpty();
        assertThat(units.select("table")).isEmpty();
        assertThat(units.select("main p").eachText()).contains("Chưa có kết quả giám sát nào được công khai.");
    }

    @Test
    void english_home_page_keeps_english_in_its_links() {
        Document home = new PortalPages(port).page("/?lang=en");

        assertThat(home.selectFirst("h1").text()).isEqualTo("People's Council supervision of administrative procedures");
        assertThat(home.select(".unit-list a").eachAttr("href"))
                .contains("/don-vi?lang=en#dv-20364-2021-01-01-2022-12-30");
        assertThat(home.selectFirst("a.lang-switch").attr("href")).isEqualTo("/");
    }
}
