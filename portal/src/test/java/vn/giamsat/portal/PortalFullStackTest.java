package vn.giamsat.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * The whole portal on a real PostgreSQL: the demo round is published by a writer, and the portal, connected
 * as the read-only role, shows its figures.
 */
class PortalFullStackTest extends PortalOnTestDatabase {
    @BeforeAll
    static void publishTheSeedRound() {
        TestDatabase.truncateAll();
        AdminSide.run((useCases, beans) -> assertThat(useCases.loadDemoData().load()).isTrue());
    }

    @Test
    void a_page_answered_again_from_the_page_cache_still_carries_the_security_headers() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/don-vi")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as("request " + (i + 1))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as("request " + (i + 1)).hasValue("DENY");
        }
    }

    @Test
    void the_published_seed_figures_reach_the_citizen_through_the_read_only_role() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/don-vi")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        Element phuThinh = page.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst(".unit-name").text().equals("Thị trấn Phú Thịnh"))
                .findFirst().orElseThrow();
        assertThat(cell(phuThinh, "Tiếp nhận")).isEqualTo("1.062");
        assertThat(cell(phuThinh, "Trước hạn")).isEqualTo("976");
        assertThat(cell(phuThinh, "Đúng hạn")).isEqualTo("44");
        assertThat(cell(phuThinh, "Quá hạn")).isEqualTo("42");
        assertThat(cell(phuThinh, "Trực tuyến")).isEqualTo("58");
        assertThat(phuThinh.selectFirst("th").text()).contains("đơn vị cũ, nay thuộc xã Chiên Đàn");
        assertThat(cell(phuThinh, "Nguồn số liệu")).contains("Nghị quyết 21/NQ-HĐND, phiên bản 1");
        Element tamThai = page.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst(".unit-name").text().equals("Xã Tam Thái"))
                .findFirst().orElseThrow();
        assertThat(cell(tamThai, "Quá hạn")).isEqualTo("Chưa báo cáo");
        assertThat(cell(tamThai, "Tỷ lệ trước hạn và đúng hạn")).isEqualTo("78% (đơn vị báo cáo tỷ lệ)");
    }

    private static String cell(Element row, String column) {
        return row.selectFirst("td[data-label=\"" + column + "\"]").text();
    }
}
