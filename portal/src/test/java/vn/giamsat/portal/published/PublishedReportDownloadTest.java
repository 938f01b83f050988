package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * The delegation's report as a citizen downloads it from a published round's page: rendered from the published
 * snapshot of that version (not from the live round), each version at its own address, through the read-only
 * role. Besides the shared published data, the corrected round gets a third version that corrects a figure.
 */
class PublishedReportDownloadTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String FIGURES_REASON = "Sửa số hồ sơ trễ hạn của Thị trấn Phú Thịnh";

    /** Every published version, as the writer stored it, by round then number. */
    static Map<RoundId, List<PublishedVersion>> published;
    static RoundId seed;

    @Autowired
    DataSource portalDatabase;

    @BeforeAll
    static void publishAndCorrectAFigure() {
        PublishedData.publish();
        AdminSide.run((u, writer) -> {
            var phuThinh = writer.getBean(UnitCatalogPort.class).findByCodeOn(UnitCode.of("20364"), LocalDate.of(2023, 1, 1))
                    .orElseThrow().id();
            // the council finds two of the ten "late" dossiers were in fact early, and corrects the publication
            // frozen since the report: a correction, proposed and approved by two people (issue 14.3)
            AdminSide.correct(u, PublishedData.corrected, HandlingFigures.builder(phuThinh, Period.year(2023),
                    FiguresSource.SELF_REPORTED).received(40).early(12).onTime(20).late(8).build(), "Hai hồ sơ trễ hạn thực ra trước hạn");
            u.publishRound().publish(new PublishRoundCommand(PublishedData.corrected, FIGURES_REASON));
            PublicationPort publications = writer.getBean(PublicationPort.class);
            published = writer.getBean(PublishedResultsPort.class).latestVersions().stream()
                    .collect(Collectors.toMap(PublishedVersion::round, v -> publications.load(v.round()).versions()));
        });
        seed = published.keySet().stream().filter(r -> !r.equals(PublishedData.corrected)).findFirst().orElseThrow();
        assertThat(published.get(PublishedData.corrected)).hasSize(3);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String reportPath(RoundId round, int version, String extension) {
        return "/giam-sat/" + round.value() + "/phien-ban/" + version + "/bao-cao." + extension;
    }

    private XWPFTable figuresTable(RoundId round, int version) throws Exception {
        HttpResponse<byte[]> docx = get(reportPath(round, version, "docx"));
        assertThat(docx.statusCode()).isEqualTo(200);
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        return doc.getTables().get(1); // after the Decree 30 header table: the figures
    }

    private static String count(Count count) {
        return count instanceof Count.Reported(long value) ? String.format(VI, "%,d", value) : "chưa báo cáo";
    }

    /** Each figures row of the snapshot, found in the DOCX by unit and period, says exactly the snapshot's counts. */
    private static void assertSameFigures(XWPFTable table, RoundSnapshot snapshot) {
        Map<String, String> names = snapshot.units().stream()
                .collect(Collectors.toMap(RoundSnapshot.Unit::unitId, RoundSnapshot.Unit::displayName));
        List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
        assertThat(rows).hasSize(snapshot.figures().size());
        for (RoundSnapshot.FiguresEntry f : snapshot.figures()) {
            String unit = names.get(f.unitId()) + (f.channel() == null ? "" : " (" + f.channel().vietnamese() + ")");
            String period = f.periodFrom().format(DATE) + " – " + f.periodTo().format(DATE);
            XWPFTableRow row = rows.stream().filter(r -> r.getCell(0).getText().equals(unit)
                    && r.getCell(1).getText().equals(period)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + unit + ", " + period));
            Function<Integer, String> cell = i -> row.getCell(i).getText();
            assertThat(List.of(cell.apply(2), cell.apply(3), cell.apply(4), cell.apply(6), cell.apply(7)))
                    .as(unit + ", " + period)
                    .containsExactly(count(f.received()), count(f.early()), count(f.onTime()), count(f.late()),
                            count(f.receivedOnline()));
        }
    }

    @Test
    void the_seed_rounds_report_has_exactly_the_published_figures_not_reported_included() throws Exception {
        XWPFTable table = figuresTable(seed, 1);
        assertSameFigures(table, published.get(seed).getFirst().snapshot());
        XWPFTableRow phuThinh = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("Thị trấn Phú Thịnh"))
                .findFirst().orElseThrow();
        assertThat(phuThinh.getCell(2).getText()).isEqualTo("1.062");
        XWPFTableRow tamThai = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("Xã Tam Thái"))
                .findFirst().orElseThrow();
        assertThat(tamThai.getCell(6).getText()).as("late, not reported: never 0").isEqualTo("chưa báo cáo");
    }

    @Test
    void each_version_keeps_its_own_report_after_a_correction() throws Exception {
        List<PublishedVersion> versions = published.get(PublishedData.corrected);
        for (PublishedVersion v : versions) {
            assertSameFigures(figuresTable(PublishedData.corrected, v.number()), v.snapshot());
        }
        // what a reader sees: version 1 still says 10 late dossiers, version 3 the corrected 8
        assertThat(figuresTable(PublishedData.corrected, 1).getRow(1).getCell(6).getText()).isEqualTo("10");
        assertThat(figuresTable(PublishedData.corrected, 3).getRow(1).getCell(6).getText()).isEqualTo("8");
        assertThat(pdfText(reportPath(PublishedData.corrected, 1, "pdf"))).contains("75,0%").doesNotContain("80,0%");
        assertThat(pdfText(reportPath(PublishedData.corrected, 3, "pdf"))).contains("80,0%").doesNotContain("75,0%");
    }

    private String pdfText(String path) throws Exception {
        HttpResponse<byte[]> pdf = get(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void the_pdf_is_the_approved_report_in_the_decree_30_layout() throws Exception {
        assertThat(pdfText(reportPath(PublishedData.corrected, 2, "pdf")))
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", PublishedData.CORRECTED_RESOLUTION,
                        "Còn 10 hồ sơ giải quyết trễ hạn.", "TRƯỞNG ĐOÀN", "Nguyễn Văn Trưởng")
                .doesNotContain("DỰ THẢO");
    }

    @Test
    void a_download_names_its_file_in_vietnamese_and_may_be_cached_for_ever() throws Exception {
        String path = reportPath(PublishedData.corrected, 3, "docx");
        HttpResponse<byte[]> docx = get(path);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String disposition = docx.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; ")
                .contains("filename=\"bao-cao-giam-sat-35-nq-hdnd-phien-ban-3.docx\"");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+"); // RFC 5987 attr-chars only
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo("Báo cáo giám sát 35-NQ-HĐND, phiên bản 3.docx");
        assertThat(docx.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
        assertThat(docx.headers().firstValue("Last-Modified")).isPresent();
        assertThat(docx.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = docx.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<byte[]> fresh = get(path);
        assertThat(fresh.body()).as("the same file at the same address").isEqualTo(docx.body());
        assertThat(fresh.headers().firstValue("Content-Disposition")).hasValue(disposition);
    }

    @Test
    void there_is_no_report_of_what_was_not_published() throws Exception {
        assertThat(get(reportPath(PublishedData.unpublished, 1, "docx")).statusCode()).isEqualTo(404);
        assertThat(get(reportPath(PublishedData.unpublished, 1, "pdf")).statusCode()).isEqualTo(404);
        assertThat(get(reportPath(PublishedData.corrected, 4, "docx")).statusCode()).isEqualTo(404);
        assertThat(get(reportPath(PublishedData.corrected, 1, "xlsx")).statusCode()).isEqualTo(404);
        assertThat(get("/giam-sat/khong-co/phien-ban/1/bao-cao.docx").statusCode()).isEqualTo(404);
    }

    @Test
    void each_round_page_links_to_the_report_of_the_version_it_shows() throws Exception {
        String base = "/giam-sat/" + PublishedData.corrected.value();
        for (String page : List.of(base, base + "/phien-ban/1", base + "?lang=en")) {
            Document html = Jsoup.parse(new String(get(page).body(), StandardCharsets.UTF_8));
            List<String> links = html.select("ul.downloads a").eachAttr("href");
            int version = page.contains("/phien-ban/1") ? 1 : 3;
            assertThat(links).as(page).containsExactly(reportPath(PublishedData.corrected, version, "docx"),
                    reportPath(PublishedData.corrected, version, "pdf"));
            for (String link : links) {
                assertThat(get(link).statusCode()).as(link).isEqualTo(200);
            }
        }
    }

    @Test
    void the_portal_served_every_report_without_the_right_to_write() throws Exception {
        assertThat(get(reportPath(seed, 1, "docx")).statusCode()).isEqualTo(200);
        try (Connection c = portalDatabase.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "select current_user, has_table_privilege('published_version', 'INSERT'),"
                             + " has_table_privilege('published_version', 'UPDATE')")) {
            r.next();
            List<Object> row = new ArrayList<>(List.of(r.getString(1), r.getBoolean(2), r.getBoolean(3)));
            assertThat(row).containsExactly(TestDatabase.readerLogin(), false, false);
        }
    }

    /** Issue 14.3: the version that published a figures correction names it on its page; the earlier one does not. */
    @Test
    void the_round_page_of_the_corrected_version_says_what_was_corrected_and_why() throws Exception {
        String base = "/giam-sat/" + PublishedData.corrected.value();
        Document third = Jsoup.parse(new String(get(base + "/phien-ban/3").body(), StandardCharsets.UTF_8));
        assertThat(third.select("ul.corrections li").eachText()).singleElement().satisfies(line -> assertThat(line)
                .contains("Phú Thịnh", "01/01/2023", "Trước hạn: 10 → 12", "Quá hạn: 10 → 8",
                        "Lý do: Hai hồ sơ trễ hạn thực ra trước hạn.", "Duyệt: Ngô Văn Nam"));
        Document second = Jsoup.parse(new String(get(base + "/phien-ban/2").body(), StandardCharsets.UTF_8));
        assertThat(second.select("ul.corrections")).isEmpty();
        assertThat(second.select("#corrections")).isEmpty();
    }
}
