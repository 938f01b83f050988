package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * The whole portal on PostgreSQL, as the read-only role, after the writer side has published the seed round,
 * published and corrected a second round, and left a third one unpublished.
 */
class PublishedPortalTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void publish() {
        PublishedData.publish();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    private static List<String> results(Document page) {
        return page.select(".procedure-list li > a").eachText();
    }

    // --- procedures ---

    @Test
    void searching_without_diacritics_finds_the_procedure_with_them() throws Exception {
        assertThat(results(page("/thu-tuc?q=dang+ky+ket+hon"))).containsExactly("Đăng ký kết hôn");
        assertThat(results(page("/thu-tuc?q=%C4%90%C4%82NG+K%C3%9D"))) // "ĐĂNG KÝ"
                .containsExactlyInAnyOrder("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử");
        assertThat(results(page("/thu-tuc"))).hasSize(5);
    }

    @Test
    void filters_by_online_mode_postal_service_and_field() throws Exception {
        assertThat(results(page("/thu-tuc?truc-tuyen=FULL&buu-chinh=co")))
                .containsExactlyInAnyOrder("Đăng ký khai sinh", "Đăng ký khai tử", "Cấp Giấy xác nhận tình trạng hôn nhân");
        assertThat(results(page("/thu-tuc?truc-tuyen=PARTIAL&linh-vuc=H%E1%BB%99+t%E1%BB%8Bch")))
                .containsExactly("Đăng ký kết hôn");
    }

    @Test
    void a_procedure_page_gives_what_a_citizen_needs_to_submit() throws Exception {
        Document page = page("/thu-tuc/1.000894");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Đăng ký kết hôn");
        String facts = page.selectFirst("dl.facts").text();
        assertThat(facts).contains("Miễn lệ phí", "Giải quyết ngay trong ngày", "Một phần",
                "Luật Hộ tịch 2014; Luật Hôn nhân và gia đình 2014", "Danh mục minh họa cho dữ liệu mẫu");
        assertThat(page.select("main li").eachText()).contains("Tờ khai đăng ký kết hôn",
                "Giấy tờ tùy thân của hai bên nam, nữ");
        assertThat(page.text()).contains("Xã Chiên Đàn", "Xã Phú Ninh", "Xã Tây Hồ");
        assertThat(get("/thu-tuc/9.999999").statusCode()).isEqualTo(404);
    }

    @Test
    void the_language_switch_keeps_the_page_and_the_search() throws Exception {
        Document page = page("/thu-tuc?q=ket+hon&lang=en");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("a.lang-switch").attr("href")).isEqualTo("/thu-tuc?q=ket+hon");
        assertThat(page.selectFirst("h2#results").text()).isEqualTo("1 procedures found");
    }

    // --- commune performance ---

    @Test
    void the_running_portal_lists_the_units_under_their_province_read_from_the_catalogue() throws Exception {
        Document units = page("/don-vi");
        assertThat(units.select("h2.province")).extracting(Element::text).containsExactly("Tỉnh Quảng Nam");
        assertThat(units.select("h2.province + div a.unit-name")).extracting(Element::text).contains("Thị trấn Phú Thịnh");
    }

    private Document unitPage(String unitName) throws Exception {
        Element link = page("/don-vi").select("a.unit-name").stream().filter(a -> a.text().equals(unitName))
                .findFirst().orElseThrow();
        return page(link.attr("href"));
    }

    private static String cell(Element row, String column) {
        return row.selectFirst("[data-label=\"" + column + "\"]").text();
    }

    @Test
    void a_unit_page_shows_the_seed_figures_exactly_with_a_chart_and_the_change_between_periods() throws Exception {
        Document page = unitPage("Thị trấn Phú Thịnh");
        Element seed = page.select("table.figures tbody tr").stream()
                .filter(tr -> cell(tr, "Kỳ số liệu").startsWith("01/01/2021")).findFirst().orElseThrow();
        assertThat(cell(seed, "Tiếp nhận")).isEqualTo("1.062");
        assertThat(cell(seed, "Trước hạn")).isEqualTo("976");
        assertThat(cell(seed, "Đúng hạn")).isEqualTo("44");
        assertThat(cell(seed, "Quá hạn")).isEqualTo("42");
        assertThat(cell(seed, "Tỷ lệ trước hạn và đúng hạn")).isEqualTo("96,0% 1.020/1.062 hồ sơ");
        assertThat(cell(seed, "Tỷ lệ tiếp nhận qua bưu chính")).doesNotContain("0%").isNotBlank();
        // two charts since issue 18: the on-time share, and the received dossiers across periods
        assertThat(page.select("svg[role=img] title").eachText())
                .containsExactly("Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "Số hồ sơ tiếp nhận qua các kỳ");
        assertThat(page.select("svg text").eachText()).contains("96,0%", "75,0%");
        // the source of each figure is one click away: the published version, at the row
        String source = seed.selectFirst("[data-label=\"Nguồn số liệu\"] a").attr("href");
        assertThat(source).matches("/giam-sat/[0-9a-f-]{36}/phien-ban/1#dv-20364-.*");
        assertThat(page.select("#trend-caption + thead + tbody tr").first().text())
                .contains("−1.022", "-21,0 điểm phần trăm");
    }

    @Test
    void figures_not_reported_read_as_such_never_as_zero() throws Exception {
        Document tamThai = unitPage("Xã Tam Thái");
        Element row = tamThai.selectFirst("table.figures tbody tr");
        assertThat(cell(row, "Quá hạn")).isEqualTo("Chưa báo cáo");
        assertThat(cell(row, "Trước hạn")).isEqualTo("Chưa báo cáo");
        assertThat(cell(row, "Tỷ lệ trước hạn và đúng hạn")).isEqualTo("78% (đơn vị báo cáo tỷ lệ)");
        Document tamThanh = unitPage("Xã Tam Thành");
        assertThat(cell(tamThanh.selectFirst("table.figures tbody tr"), "Tỷ lệ trước hạn và đúng hạn"))
                .doesNotContain("0%").doesNotContain("100%");
        assertThat(tamThanh.selectFirst("table.figures tbody tr").text()).contains("Chưa báo cáo");
    }

    @Test
    void the_comparison_ranks_only_rates_computed_from_counts_and_only_within_one_period() throws Exception {
        Document page = page("/so-sanh");
        Map<String, String> ranks = new java.util.LinkedHashMap<>();
        for (Element tr : page.select("table.figures tbody tr")) {
            ranks.put(tr.selectFirst(".unit-name").text() + " " + cell(tr, "Kỳ số liệu"), cell(tr, "Xếp hạng"));
        }
        // each of these three periods has one rankable rate only: none is ranked against another period's (issue 15.4)
        String alone = "Không xếp hạng: không có đơn vị khác cùng kỳ";
        assertThat(ranks).containsEntry("Xã Tam Dân 01/01/2021 – 31/12/2022", alone)
                .containsEntry("Thị trấn Phú Thịnh 01/01/2021 – 30/12/2022", alone)
                .containsEntry("Thị trấn Phú Thịnh 01/01/2023 – 31/12/2023", alone)
                .containsEntry("Xã Tam Thái 01/01/2022 – 31/12/2022", "Không xếp hạng")
                .containsEntry("Xã Tam Thành 01/01/2021 – 31/12/2022", "Không xếp hạng");
        assertThat(page.select("svg[role=img]")).hasSize(1);
        // one unit's several periods stay apart in the chart too
        assertThat(page.select("svg[role=img] text").eachText())
                .contains("Xã Tam Đàn, 2021–2022", "Xã Tam Đàn, 2021", "Xã Tam Đàn, 2022", "Thị trấn Phú Thịnh, 2023");
    }

    // --- published rounds ---

    @Test
    void a_corrected_round_shows_the_new_version_and_keeps_the_old_one_at_its_own_address() throws Exception {
        String base = "/giam-sat/" + PublishedData.corrected.value();
        Document latest = page(base);
        assertThat(latest.selectFirst("h1").text()).isEqualTo("Giám sát theo Nghị quyết " + PublishedData.CORRECTED_RESOLUTION);
        assertThat(latest.select("main table.simple tbody tr").first().text()).contains("Đang thực hiện");
        assertThat(latest.select("ol.versions li").eachText()).containsExactly(
                latest.select("ol.versions li").get(0).text(), latest.select("ol.versions li").get(1).text());
        assertThat(latest.select("ol.versions li").get(0).text()).contains("Phiên bản 2", "Lý do đính chính: "
                + PublishedData.CORRECTION_REASON);
        assertThat(latest.select("ol.versions li").get(1).text()).contains("Phiên bản 1", "công khai lần đầu");
        assertThat(latest.select(".notice")).isEmpty();

        Document first = page(base + "/phien-ban/1");
        assertThat(first.select("main table.simple tbody tr").first().text()).contains("Chưa thực hiện");
        assertThat(first.selectFirst(".notice").text()).contains("Đây là phiên bản 1, đã được đính chính.");
        assertThat(get(base + "/phien-ban/3").statusCode()).isEqualTo(404);
        assertThat(get(base + "/phien-ban/1").headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void nothing_unpublished_reaches_any_page_or_data_set() throws Exception {
        for (String path : List.of("/", "/don-vi", "/so-sanh", "/giam-sat", "/du-lieu-mo/so-lieu.csv", "/api/v1/so-lieu",
                "/du-lieu-mo/cong-khai.atom")) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain(PublishedData.UNPUBLISHED_RESOLUTION)
                    .doesNotContain("777777").doesNotContain("777.777").doesNotContain("Bản nháp chưa công khai");
        }
        assertThat(page("/giam-sat").select("ul.round-list li")).hasSize(2);
    }

    // --- open data ---

    @ParameterizedTest
    @ValueSource(strings = {"so-lieu", "thu-tuc"})
    void each_csv_has_a_bom_and_the_same_columns_and_values_as_its_json(String dataset) throws Exception {
        HttpResponse<byte[]> csv = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/du-lieu-mo/" + dataset + ".csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        List<Map<String, Object>> json = JsonMapper.builder().build().readValue(get("/api/v1/" + dataset).body(),
                new TypeReference<>() {});

        assertThat(records).hasSameSizeAs(json).isNotEmpty();
        for (int i = 0; i < json.size(); i++) {
            assertThat(records.get(i).toMap().keySet()).containsExactlyElementsOf(json.get(i).keySet());
            for (var e : json.get(i).entrySet()) {
                String expected = e.getValue() == null ? "" : e.getValue().toString();
                assertThat(records.get(i).get(e.getKey())).as(dataset + " row " + i + " " + e.getKey()).isEqualTo(expected);
            }
        }
    }

    @Test
    void open_data_keeps_not_reported_apart_from_zero() throws Exception {
        List<Map<String, Object>> json = JsonMapper.builder().build().readValue(get("/api/v1/so-lieu").body(),
                new TypeReference<>() {});
        Map<String, Object> tamThai = json.stream().filter(r -> "Tam Thái".equals(r.get("unit_name"))).findFirst().orElseThrow();
        assertThat(tamThai).containsEntry("received", 5398).containsEntry("late", null).containsEntry("early", null)
                .containsEntry("on_time_rate", null).containsEntry("results_digitized", null);
        assertThat(tamThai.get("reported_on_time_rate").toString()).isEqualTo("78");
        Map<String, Object> tamThanh = json.stream().filter(r -> "Tam Thành".equals(r.get("unit_name"))).findFirst().orElseThrow();
        assertThat(tamThanh).containsEntry("received_online", 0).containsEntry("late", null);
    }

    /** The data dictionary (the open data page) describes the digitized-result count, last, in both languages. */
    @Test
    void the_data_dictionary_describes_the_digitized_count_as_the_figures_last_column() throws Exception {
        for (String lang : List.of("vi", "en")) {
            Element last = page("/du-lieu-mo?lang=" + lang).select("#ds-so-lieu + p + div table tbody tr").stream()
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(last.selectFirst("th code").text()).as(lang).isEqualTo("results_digitized");
            assertThat(last.select("td").eachText()).as(lang).first().isEqualTo("integer");
            assertThat(last.select("td").get(1).text()).as(lang).contains(lang.equals("vi")
                    ? "kết quả được số hóa" : "result was digitized").contains(lang.equals("vi") ? "không phải 0" : "not 0");
        }
    }

    @Test
    void the_atom_feed_lists_every_publication_and_correction() throws Exception {
        HttpResponse<String> feed = get("/du-lieu-mo/cong-khai.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document xml = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("entry")).hasSize(3);
        assertThat(xml.select("entry summary").eachText()).contains("Lý do đính chính: " + PublishedData.CORRECTION_REASON);
        assertThat(xml.select("entry link").eachAttr("href")).allMatch(h -> h.matches("http://localhost:\\d+/giam-sat/.+/phien-ban/\\d"));
        assertThat(xml.selectFirst("feed > rights").text()).isEqualTo("CC BY 4.0");
    }

    @Test
    void the_openapi_description_covers_the_public_read_api_only() throws Exception {
        HttpResponse<String> api = get("/v3/api-docs/public");
        assertThat(api.statusCode()).isEqualTo(200);
        Map<String, Object> doc = JsonMapper.builder().build().readValue(api.body(), new TypeReference<>() {});
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertThat(paths.keySet()).containsExactlyInAnyOrder("/api/v1/so-lieu", "/api/v1/thu-tuc", "/api/v1/cuoc-giam-sat", "/api/v1/kien-nghi",
                "/api/v1/don-vi-lich-su"); // issue 18 item 4 adds rounds, recommendations and units with their history
        assertThat(page("/du-lieu-mo").text()).contains("CC BY 4.0", "received", "Tiếp nhận trực tuyến");
    }

    @Test
    void published_pages_and_data_carry_http_caching_headers() throws Exception {
        for (String path : List.of("/thu-tuc", "/so-sanh", "/giam-sat", "/du-lieu-mo/so-lieu.csv", "/api/v1/thu-tuc")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("max-age=60", "public");
            String etag = r.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }
}
