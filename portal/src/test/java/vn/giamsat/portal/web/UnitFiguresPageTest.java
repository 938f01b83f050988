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

/** The "/don-vi" page as a citizen reads it, over real HTTP, with the seed's published figures. */
@SpringBootTest(classes = PortalWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitFiguresPageTest {

    @LocalServerPort
    int port;

    PortalPages portal;

    @BeforeEach
    void setUp() {
        portal = new PortalPages(port);
    }

    @Test
    void phu_thinh_figures_are_shown_exactly_as_reported_in_vietnamese_notation() {
        Element row = row(portal.page("/don-vi"), "Phú Thịnh");

        assertThat(cell(row, "Tiếp nhận")).isEqualTo("1.062");
        assertThat(cell(row, "Trước hạn")).isEqualTo("976");
        assertThat(cell(row, "Đúng hạn")).isEqualTo("44");
        assertThat(cell(row, "Trước hạn và đúng hạn")).isEqualTo("1.020");
        assertThat(cell(row, "Quá hạn")).isEqualTo("42");
        assertThat(cell(row, "Trực tuyến")).isEqualTo("58");
        assertThat(cell(row, "Tỷ lệ trước hạn và đúng hạn")).isEqualTo("96,0% 1.020/1.062 hồ sơ");
        assertThat(cell(row, "Tỷ lệ tiếp nhận trực tuyến")).isEqualTo("5,5% 58/1.062 hồ sơ");
        assertThat(cell(row, "Kỳ số liệu")).isEqualTo("01/01/2021 – 30/12/2022");
    }

    @Test
    void a_merged_unit_is_labelled_as_former_with_what_it_now_belongs_to() {
        Element unitCell = row(portal.page("/don-vi"), "Phú Thịnh").selectFirst("th[scope=row]");

        assertThat(unitCell.text()).isEqualTo("Thị trấn Phú Thịnh mã 20364 đơn vị cũ, nay thuộc xã Chiên Đàn");
    }

    @Test
    void figures_a_unit_did_not_report_read_chua_bao_cao_never_zero_or_blank() {
        Element tamThai = row(portal.page("/don-vi"), "Tam Thái");

        assertThat(cell(tamThai, "Tiếp nhận")).isEqualTo("5.398");
        for (String column : List.of("Trước hạn", "Đúng hạn", "Trước hạn và đúng hạn", "Quá hạn", "Trực tuyến")) {
            assertThat(cell(tamThai, column)).as(column).isEqualTo("Chưa báo cáo");
        }
    }

    @Test
    void tam_thai_78_percent_is_shown_as_the_units_reported_rate_and_never_turned_into_a_count() {
        Element tamThai = row(portal.page("/don-vi"), "Tam Thái");

        assertThat(cell(tamThai, "Tỷ lệ trước hạn và đúng hạn")).isEqualTo("78% (đơn vị báo cáo tỷ lệ)");
        // 78 % of 5,398 would be 4,210: no such number may appear, and no count cell holds the 78.
        assertThat(tamThai.text()).doesNotContain("4.210").doesNotContain("4.211");
        assertThat(tamThai.select("td.num")).allSatisfy(td -> assertThat(td.text()).doesNotContain("78"));
    }

    @Test
    void a_rate_that_cannot_be_computed_says_why_and_the_units_remark_is_shown() {
        Element tamThanh = row(portal.page("/don-vi"), "Tam Thành");

        assertThat(cell(tamThanh, "Tỷ lệ trước hạn và đúng hạn"))
                .isEqualTo("Chưa báo cáo số giải quyết trước hạn và đúng hạn.");
        assertThat(cell(tamThanh, "Tỷ lệ tiếp nhận trực tuyến")).isEqualTo("0,0% 0/5.437 hồ sơ");
        assertThat(cell(tamThanh, "Nhận xét của đơn vị")).isEqualTo(
                "Nguyên văn nguồn: “đa số hồ sơ được giải quyết đúng hạn. Chưa thực hiện tiếp nhận hồ sơ qua dịch vụ công "
                        + "trực tuyến.”");
    }

    @Test
    void tam_dan_on_time_total_is_shown_as_reported_without_splitting_early_from_on_time() {
        Element tamDan = row(portal.page("/don-vi"), "Tam Dân");

        assertThat(cell(tamDan, "Trước hạn và đúng hạn")).isEqualTo("14.811");
        assertThat(cell(tamDan, "Trước hạn")).isEqualTo("Chưa báo cáo");
        assertThat(cell(tamDan, "Đúng hạn")).isEqualTo("Chưa báo cáo");
        assertThat(cell(tamDan, "Quá hạn")).isEqualTo("204");
    }

    @Test
    void figures_of_one_channel_are_labelled_so_they_do_not_read_as_the_units_totals() {
        Document page = portal.page("/don-vi");
        Element onlineOnly = page.getElementById("dv-20374-2022-01-01-2022-12-31-online");

        assertThat(onlineOnly).isNotNull();
        assertThat(cell(onlineOnly, "Kỳ số liệu")).isEqualTo("01/01/2022 – 31/12/2022 chỉ hồ sơ tiếp nhận qua kênh: Trực tuyến");
        assertThat(cell(onlineOnly, "Tiếp nhận")).isEqualTo("106");
    }

    @Test
    void every_figure_names_its_source_round_resolution_and_version() {
        Element row = row(portal.page("/don-vi"), "Phú Thịnh");

        assertThat(cell(row, "Nguồn số liệu")).startsWith(
                "Đơn vị tự báo cáo; công khai theo Nghị quyết 21/NQ-HĐND, phiên bản 1. Ghi chú: Bản tin về cuộc giám sát");
    }

    @Test
    void the_table_is_announced_with_a_caption_and_scoped_headers() {
        Document page = portal.page("/don-vi");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.selectFirst("table caption").text()).startsWith("Số liệu giải quyết hồ sơ");
        assertThat(page.select("thead th[scope=col]")).hasSize(14); // the one table of every page with figures
        assertThat(page.select("tbody tr")).hasSize(8)
                .allSatisfy(tr -> assertThat(tr.select("th[scope=row]")).hasSize(1));
        Element skip = page.selectFirst("body a");
        assertThat(skip.attr("href")).isEqualTo("#main");
        assertThat(skip.text()).isEqualTo("Bỏ qua, đến nội dung chính");
        assertThat(page.getElementById("main").tagName()).isEqualTo("main");
    }

    @Test
    void english_page_keeps_the_figures_and_words_them_in_english() {
        Document page = portal.page("/don-vi?lang=en");
        Element phuThinh = row(page, "Phú Thịnh");
        Element tamThai = row(page, "Tam Thái");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Published dossier handling figures, by unit");
        assertThat(cell(phuThinh, "Received")).isEqualTo("1,062");
        assertThat(cell(phuThinh, "Early and on-time rate")).isEqualTo("96.0% 1,020 of 1,062 dossiers");
        assertThat(phuThinh.selectFirst("th").text()).contains("former unit, now part of Xã Chiên Đàn");
        assertThat(cell(phuThinh, "Period")).isEqualTo("1 Jan 2021 – 30 Dec 2022");
        assertThat(cell(tamThai, "Late")).isEqualTo("Not reported");
        assertThat(cell(tamThai, "Early and on-time rate")).isEqualTo("78% (rate reported by the unit)");
    }

    @Test
    void the_language_switch_keeps_the_reader_on_the_same_page_and_links_stay_in_the_chosen_language() {
        Document vietnamese = portal.page("/don-vi");
        Element toEnglish = vietnamese.selectFirst("a.lang-switch");
        assertThat(toEnglish.attr("href")).isEqualTo("/don-vi?lang=en");
        assertThat(toEnglish.attr("lang")).isEqualTo("en");

        Document english = portal.page(toEnglish.attr("href"));
        assertThat(english.selectFirst("a.lang-switch").attr("href")).isEqualTo("/don-vi");
        assertThat(english.select("nav a").eachAttr("href")).contains("/?lang=en", "/don-vi?lang=en");
    }

    private static Element row(Document page, String unitName) {
        List<Element> rows = page.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("th .unit-name").text().endsWith(unitName)
                        || tr.selectFirst("th .unit-name").text().startsWith(unitName + " ("))
                .toList();
        assertThat(rows).as("rows of " + unitName).isNotEmpty();
        return rows.getFirst();
    }

    /** The text of a cell, found by its column header as a screen reader would announce it. */
    private static String cell(Element row, String column) {
        Element td = row.selectFirst("td[data-label=\"" + column + "\"]");
        assertThat(td).as("column " + column).isNotNull();
        return td.text();
    }

    @Test
    void the_units_are_listed_under_their_province() {
        var page = portal.page("/don-vi");

        assertThat(page.select("h2.province")).extracting(org.jsoup.nodes.Element::text).containsExactly("Tỉnh Quảng Nam");
        assertThat(page.select("h2.province + div table.figures tbody tr").text()).contains("Phú Thịnh", "Tam Thành");
    }
}
