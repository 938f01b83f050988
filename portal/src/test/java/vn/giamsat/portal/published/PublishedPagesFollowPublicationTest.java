package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Pages are answered from rendered bytes kept in memory, yet a new publication reaches readers: the kept pages
 * belong to a version of the published data, and a correction moves it on.
 */
class PublishedPagesFollowPublicationTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void publish() {
        PublishedData.publish();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String unitPath(String unitName) throws Exception {
        Document units = Jsoup.parse(new String(get("/don-vi").body(), StandardCharsets.UTF_8));
        return units.select("a.unit-name").stream().filter(a -> a.text().equals(unitName)).findFirst().orElseThrow()
                .attr("href");
    }

    /** The late count of Phú Thịnh's 2023 figures, as the unit page shows it. */
    private static String late2023(byte[] page) {
        Element row = Jsoup.parse(new String(page, StandardCharsets.UTF_8)).select("table.figures tbody tr").stream()
                .filter(tr -> tr.selectFirst("[data-label=\"Kỳ số liệu\"]").text().startsWith("01/01/2023"))
                .findFirst().orElseThrow();
        return row.selectFirst("[data-label=\"Quá hạn\"]").text();
    }

    @Test
    void a_correction_reaches_the_kept_page_and_changes_its_etag() throws Exception {
        String path = unitPath("Thị trấn Phú Thịnh");
        HttpResponse<byte[]> before = get(path);
        assertThat(late2023(before.body())).isEqualTo("10");
        assertThat(get(path).body()).as("answered again, from memory: the same bytes").isEqualTo(before.body());
        String oldEtag = before.headers().firstValue("ETag").orElseThrow();

        AdminSide.run((u, writer) -> {
            var phuThinh = writer.getBean(UnitCatalogPort.class).findByCodeOn(UnitCode.of("20364"), LocalDate.of(2023, 1, 1))
                    .orElseThrow().id();
            // frozen since the report: a correction, proposed and approved by two people (issue 14.3)
            AdminSide.correct(u, PublishedData.corrected, HandlingFigures.builder(phuThinh, Period.year(2023),
                    FiguresSource.SELF_REPORTED).received(40).early(12).onTime(20).late(8).build(), "Hai hồ sơ trễ hạn thực ra trước hạn");
            u.publishRound().publish(new PublishRoundCommand(PublishedData.corrected, "Sửa số hồ sơ trễ hạn"));
        });

        HttpResponse<byte[]> after = before;
        for (int i = 0; i < 100 && late2023(after.body()).equals("10"); i++) { // refresh is 1 s; allow 20 s
            Thread.sleep(200);
            after = get(path);
        }
        assertThat(late2023(after.body())).isEqualTo("8");
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldEtag);
        assertThat(get(path, "If-None-Match", oldEtag).statusCode()).as("the old copy is no longer valid").isEqualTo(200);
        assertThat(new String(get("/giam-sat/" + PublishedData.corrected.value()).body(), StandardCharsets.UTF_8))
                .contains("Sửa số hồ sơ trễ hạn");
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_same_page_compressed_with_its_own_etag() throws Exception {
        HttpResponse<byte[]> plain = get("/so-sanh");
        HttpResponse<byte[]> gzipped = get("/so-sanh", "Accept-Encoding", "gzip, deflate, br");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        for (HttpResponse<byte[]> r : java.util.List.of(plain, gzipped)) {
            assertThat(r.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
            assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        }
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(get("/so-sanh", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/so-sanh", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
    }
}
