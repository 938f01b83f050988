package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamsat.portal.PortalWebTestApplication;

/**
 * Issue 18 items 1 and 2 as a citizen reads them over HTTP, with the seed's published figures: the home page's
 * headline cards, a unit's received dossiers across periods, and the Decision 766/QĐ-TTg index with its formula page.
 */
@SpringBootTest(classes = PortalWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceIndexPagesTest {
    static final String PHU_THINH = "/don-vi/00000000-0000-0000-0000-000000020364";
    static final String TAM_DAN_ABSORBED = "/don-vi/00000000-0000-0000-0000-000000020374";
    static final String TAM_THANH = "/don-vi/00000000-0000-0000-0000-000000020365";

    @LocalServerPort
    int port;

    @Test
    void home_page_opens_with_the_latest_periods_headline_cards_and_invents_nothing() {
        Document home = new PortalPages(port).page("/");

        assertThat(home.selectFirst("main h2").text()).isEqualTo("Số liệu chính, kỳ 01/01/2022 – 31/12/2022");
        List<String> values = home.select(".cards .card-value").eachText();
        // 2022: Tam Đàn 5,380 + Tam Thái 5,398; Tam Thái reported only a rate, so no unit gives both on-time counts;
        // online: only Tam Đàn reports both, 106 of 5,380.
        assertThat(values.subList(0, 3)).containsExactly("10.778", "Chưa đủ số liệu để tính", "2,0%");
        assertThat(home.select(".cards .card-detail").eachText()).contains(
                "Cộng số liệu của 2 trên 2 đơn vị có báo cáo trong kỳ.",
                "Tính trên 0 trên 2 đơn vị báo cáo đủ số liệu.",
                "Tính trên 1 trên 2 đơn vị báo cáo đủ số liệu.",
                "Kỳ 01/01/2021 – 31/12/2021, 1 đơn vị có số liệu cả hai kỳ");
        // Tam Đàn's 2021 figures have no received count: the change is not made up from a gap
        assertThat(values.get(3)).isEqualTo("Không so sánh được (thiếu số liệu)");
    }

    @Test
    void a_units_page_shows_received_dossiers_across_periods_oldest_first_as_a_chart_beside_its_table() {
        Document unit = new PortalPages(port).page(TAM_DAN_ABSORBED);

        Element trend = unit.selectFirst(".trend");
        assertThat(trend.select("svg[role=img] title").text()).isEqualTo("Số hồ sơ tiếp nhận qua các kỳ");
        assertThat(trend.select("table.trend-table tbody th").eachText()).containsExactly(
                "01/01/2021 – 31/12/2021", "01/01/2021 – 30/12/2022", "01/01/2022 – 31/12/2022");
        assertThat(trend.select("table.trend-table tbody td.num").eachText())
                .containsExactly("Chưa báo cáo", "15.973", "5.380");
        // the largest count is the full bar; a period without the count has no bar at all (never a bar of 0)
        assertThat(trend.select("svg g")).hasSize(3);
        assertThat(trend.select("svg g").get(0).select("rect")).hasSize(1);
        assertThat(trend.select("svg g").get(1).select("rect").get(1).attr("width")).isEqualTo("300");
        assertThat(unit.select("a[href^=" + TAM_DAN_ABSORBED + "/chi-so]").text())
                .isEqualTo("Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)");
    }

    @Test
    void the_index_of_phu_thinh_reads_x_of_y_measurable_points_with_no_data_never_zero_and_links_each_number() {
        PortalPages portal = new PortalPages(port);
        Document index = portal.page(PHU_THINH + "/chi-so");

        assertThat(index.selectFirst(".index-total").text())
                .isEqualTo("19,54 trên 26 điểm đo được (Bộ chỉ số tối đa 100 điểm)");
        Element onTime = indicator(index, "2a");
        assertThat(onTime.select("td").eachText()).containsExactly("96,0%", "19,21 trên 20 điểm",
                "Số hồ sơ giải quyết trước hạn và đúng hạn: 1.020; Số hồ sơ đã giải quyết: 1.062");
        assertThat(indicator(index, "3b").select("td").eachText()).containsExactly("5,5%", "0,33 trên 6 điểm",
                "Số hồ sơ tiếp nhận trực tuyến: 58; Số hồ sơ tiếp nhận: 1.062");
        Element synced = indicator(index, "1d");
        assertThat(synced.select("td").get(0).text()).isEqualTo("không có dữ liệu");
        assertThat(synced.select("td").get(1).text()).isEqualTo("không tính điểm (tối đa 6)");
        assertThat(index.select("tr.index-group th").eachText()).contains(
                "Công khai, minh bạch (tối đa 18 điểm): không có dữ liệu",
                "Tiến độ, kết quả giải quyết (tối đa 20 điểm): 19,21 trên 20 điểm đo được");

        // every indicator links to its formula, and the formula page has it, with its source and its status
        Document formula = portal.page("/chi-so-766");
        for (Element link : index.select(".index-table tbody th[scope=row] a")) {
            String anchor = link.attr("href").replaceFirst("^/chi-so-766#", "");
            assertThat(formula.getElementById(anchor)).as(link.attr("href")).isNotNull();
        }
        assertThat(index.select(".index-table tbody th[scope=row] a")).hasSize(14);
        Element rule = formula.getElementById("chi-so-2a").nextElementSibling();
        assertThat(rule.text()).contains("Tỷ lệ = Số hồ sơ giải quyết trước hạn và đúng hạn ÷ Số hồ sơ đã giải quyết × 100%.",
                "Điểm tối đa: 20.", "Ngưỡng đạt điểm tối đa: 100,0% (giá trị cài đặt, chưa kiểm chứng)",
                "Hệ thống có số liệu này", "baocaotaichinh.vn");
        // 5a is held where the figures were counted from dossier records with the column (decision 052); 5b never
        assertThat(formula.getElementById("chi-so-5a").nextElementSibling().text())
                .contains("Điểm tối đa: 8 (giá trị cài đặt, chưa kiểm chứng)",
                        "Hệ thống có số liệu này khi số liệu của đơn vị được tính từ dữ liệu hồ sơ có cột so_hoa_ket_qua")
                .doesNotContain("Hệ thống chưa có số liệu này");
        assertThat(formula.getElementById("chi-so-5b").nextElementSibling().text())
                .contains("Hệ thống chưa có số liệu này");
    }

    @Test
    void a_reported_zero_scores_zero_but_a_missing_count_is_no_data_and_english_reads_the_same() {
        PortalPages portal = new PortalPages(port);
        Document tamThanh = portal.page(TAM_THANH + "/chi-so");

        // Tam Thành reported 0 online of 5,437: a real 0; it reported no resolved counts: no data, not 0
        assertThat(indicator(tamThanh, "3b").select("td").eachText().subList(0, 2))
                .containsExactly("0,0%", "0 trên 6 điểm");
        assertThat(indicator(tamThanh, "2a").select("td").eachText().subList(0, 2))
                .containsExactly("không có dữ liệu", "không tính điểm (tối đa 20)");
        assertThat(tamThanh.selectFirst(".index-total").text()).isEqualTo("0 trên 6 điểm đo được (Bộ chỉ số tối đa 100 điểm)");

        Document english = portal.page(PHU_THINH + "/chi-so?lang=en");
        assertThat(english.selectFirst(".index-total").text())
                .isEqualTo("19.54 of 26 measurable points (the index is worth 100 points)");
        assertThat(english.selectFirst("a[href^=/chi-so-766?lang=en#chi-so-2a]")).isNotNull();
    }

    private static Element indicator(Document page, String code) {
        return page.select(".index-table tr.indicator, .index-table tr.no-data").stream()
                .filter(tr -> tr.selectFirst("th a").text().startsWith(code + ". ")).findFirst().orElseThrow();
    }
}
