package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamsat.portal.PortalWebTestApplication;

/**
 * Issue 18 item 2, "a province page drills down to its communes": "/tinh/quang-nam" over real HTTP with the seed's
 * published figures (five former communes of Quảng Nam; in 2022 only Tam Đàn and Tam Thái have whole-unit figures).
 */
@SpringBootTest(classes = PortalWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProvincePageTest {

    @LocalServerPort
    int port;

    PortalPages portal;

    @BeforeEach
    void setUp() {
        portal = new PortalPages(port);
    }

    @Test
    void the_province_is_reached_from_the_units_page_and_from_the_home_page() {
        assertThat(portal.page("/don-vi").select("a[href=/tinh/quang-nam]")).hasSize(1);
        assertThat(portal.page("/").select("a[href=/tinh/quang-nam]")).extracting(Element::text)
                .containsExactly("Tỉnh Quảng Nam");
        assertThat(portal.page("/?lang=en").select("a[href=/tinh/quang-nam?lang=en]")).hasSize(1);
    }

    @Test
    void the_newest_period_opens_with_the_provinces_headline_and_one_row_per_commune_with_figures() {
        Document page = portal.page("/tinh/quang-nam");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Tỉnh Quảng Nam: số liệu theo xã, phường");
        assertThat(page.selectFirst("#headline").text()).contains("01/01/2022 – 31/12/2022");
        // 5,380 + 5,398: the two communes with whole-unit figures of 2022; Tam Đàn's online-channel line is not added
        assertThat(page.select(".card").first().text()).contains("10.778");
        assertThat(units(page)).containsExactly("Xã Tam Đàn", "Xã Tam Thái");
        Element tamDan = row(page, "Tam Đàn");
        assertThat(cell(tamDan, "Tiếp nhận")).isEqualTo("5.380");
        assertThat(cell(tamDan, "Tỷ lệ tiếp nhận trực tuyến")).startsWith("2,0%");
        assertThat(cell(row(page, "Tam Thái"), "Tỷ lệ trước hạn và đúng hạn")).isEqualTo("78% (đơn vị báo cáo tỷ lệ)");
        assertThat(row(page, "Tam Thái").selectFirst("a.unit-name").attr("href"))
                .isEqualTo("/don-vi/00000000-0000-0000-0000-000000020386");
    }

    @Test
    void a_change_is_against_the_previous_period_of_the_same_length_and_a_gap_is_never_a_zero() {
        Document page = portal.page("/tinh/quang-nam");

        // Tam Đàn's 2021 reported only its online count (0): no received figure to compare with
        Element tamDan = row(page, "Tam Đàn");
        assertThat(cell(tamDan, "Thay đổi số tiếp nhận")).isEqualTo("Không so sánh được (thiếu số liệu)");
        assertThat(cell(tamDan, "Thay đổi tỷ lệ trực tuyến")).isEqualTo("Không so sánh được (thiếu số liệu)");
        // Tam Thái has no 2021 figures at all
        assertThat(cell(row(page, "Tam Thái"), "Thay đổi số tiếp nhận")).isEqualTo("Không có số liệu kỳ trước");
        assertThat(page.text()).contains("Thay đổi so với kỳ 01/01/2021 – 31/12/2021");
    }

    @Test
    void the_communes_sort_by_a_column_both_ways_and_those_without_a_value_stay_last() {
        assertThat(units(portal.page("/tinh/quang-nam?sap-xep=tiep-nhan&thu-tu=giam")))
                .containsExactly("Xã Tam Thái", "Xã Tam Đàn"); // 5,398 before 5,380
        assertThat(units(portal.page("/tinh/quang-nam?sap-xep=tiep-nhan")))
                .containsExactly("Xã Tam Đàn", "Xã Tam Thái");
        // Tam Đàn reported no on-time count in 2022: last whichever way the column is sorted
        assertThat(units(portal.page("/tinh/quang-nam?sap-xep=dung-han&thu-tu=giam")))
                .containsExactly("Xã Tam Thái", "Xã Tam Đàn");
        assertThat(units(portal.page("/tinh/quang-nam?sap-xep=dung-han")))
                .containsExactly("Xã Tam Thái", "Xã Tam Đàn");

        Document sorted = portal.page("/tinh/quang-nam?sap-xep=tiep-nhan&thu-tu=giam");
        Element heading = sorted.selectFirst("thead th[aria-sort]");
        assertThat(heading.text()).isEqualTo("Tiếp nhận");
        assertThat(heading.attr("aria-sort")).isEqualTo("descending");
        assertThat(heading.selectFirst("a").attr("href")).isEqualTo("/tinh/quang-nam?sap-xep=tiep-nhan");
        // an unknown order is read as the default (by name), never an error page
        assertThat(units(portal.page("/tinh/quang-nam?sap-xep=khong-co"))).containsExactly("Xã Tam Đàn", "Xã Tam Thái");
    }

    @Test
    void another_period_is_one_link_away_and_units_without_figures_of_the_period_are_listed_apart() {
        Document page = portal.page("/tinh/quang-nam");
        assertThat(page.select(".other-units a")).extracting(Element::text)
                .containsExactly("Thị trấn Phú Thịnh", "Xã Tam Dân", "Xã Tam Thành");
        Element twoYears = page.select(".period-choice a").stream()
                .filter(a -> a.text().startsWith("01/01/2021 – 31/12/2022")).findFirst().orElseThrow();
        assertThat(twoYears.text()).isEqualTo("01/01/2021 – 31/12/2022 (2 đơn vị)");

        Document other = portal.page(twoYears.attr("href"));
        assertThat(units(other)).containsExactly("Xã Tam Dân", "Xã Tam Thành");
        assertThat(cell(row(other, "Tam Dân"), "Tiếp nhận")).isEqualTo("15.015");
    }

    @Test
    void a_province_or_period_that_has_no_published_figures_is_not_found() {
        assertThat(portal.get("/tinh/ha-noi").statusCode()).isEqualTo(404);
        assertThat(portal.get("/tinh/quang-nam?ky=2020-01-01_2020-12-31").statusCode()).isEqualTo(404);
        assertThat(portal.get("/tinh/quang-nam?ky=../../etc").statusCode()).isEqualTo(404);
    }

    @Test
    void the_page_reads_in_english_and_its_links_keep_the_language() {
        Document page = portal.page("/tinh/quang-nam?lang=en");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Tỉnh Quảng Nam: figures by commune");
        assertThat(page.select("thead a")).allSatisfy(a -> assertThat(a.attr("href")).endsWith("lang=en"));
        assertThat(page.select("tbody a.unit-name")).allSatisfy(a -> assertThat(a.attr("href")).endsWith("?lang=en"));
    }

    @Test
    void a_province_name_becomes_its_address_without_its_kind_or_diacritics() {
        assertThat(ProvinceController.slug("Tỉnh Quảng Nam")).isEqualTo("quang-nam");
        assertThat(ProvinceController.slug("Thành phố Hồ Chí Minh")).isEqualTo("ho-chi-minh");
        assertThat(ProvinceController.slug("Tỉnh Đắk Lắk")).isEqualTo("dak-lak");
    }

    private static List<String> units(Document page) {
        return page.select("table.province-table tbody a.unit-name").eachText();
    }

    private static Element row(Document page, String unit) {
        return page.select("table.province-table tbody tr").stream().filter(tr -> tr.selectFirst("th").text().contains(unit))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + unit));
    }

    private static String cell(Element row, String column) {
        Element td = row.selectFirst("td[data-label=\"" + column + "\"]");
        assertThat(td).as("column " + column).isNotNull();
        return td.text();
    }
}
