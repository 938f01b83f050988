package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Issue 15, done when: every statement of the seed listed in docs/demo-data.md ("Statements of the seed") is found,
 * exactly as "shown as" says, in the report a citizen downloads from the seed round's page (DOCX and PDF): a unit's
 * figure or statement in that unit's rows of the figures table and its notes, for its period; a finding among the
 * report's findings. Also what the files and pages say of the seed itself (items 15.3 and 15.8).
 */
class SeedStatementsInReportTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path TABLE = Path.of("..", "docs", "demo-data.md");
    static RoundSnapshot seed;
    static String seedId;

    /** One row of the table: code (or "round"), period, what, shown as. */
    record Statement(String code, String period, String what, String shownAs) {}

    @BeforeAll
    static void publishTheSeed() {
        PublishedData.publish();
        AdminSide.run((u, writer) -> {
            PublishedVersion v = writer.getBean(PublishedResultsPort.class).latestVersions().stream()
                    .filter(x -> x.snapshot().resolutionNumber().equals("21/NQ-HĐND")).findFirst().orElseThrow();
            seed = v.snapshot();
            seedId = v.round().value().toString();
        });
    }

    static List<Statement> statements() throws Exception {
        String md = Files.readString(TABLE);
        String section = md.substring(md.indexOf("## Statements of the seed"));
        List<Statement> out = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (!line.startsWith("| ")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip)
                    .toArray(String[]::new);
            if (cells[0].matches("\\d+|round")) {
                out.add(new Statement(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        return out;
    }

    private byte[] download(String extension) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/giam-sat/"
                + seedId + "/phien-ban/1/bao-cao." + extension)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** "2022" → the year; "2021–2022" → both whole years; "01/01/2021–30/12/2022" → those days; ", online" dropped. */
    static Period period(String text) {
        String p = text.replace(", online", "").strip();
        if (p.matches("\\d{4}")) {
            return Period.year(Integer.parseInt(p));
        }
        if (p.matches("\\d{4}–\\d{4}")) {
            return Period.of(LocalDate.of(Integer.parseInt(p.substring(0, 4)), 1, 1),
                    LocalDate.of(Integer.parseInt(p.substring(5)), 12, 31));
        }
        String[] days = p.split("–");
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return Period.of(LocalDate.parse(days[0], f), LocalDate.parse(days[1], f));
    }

    /** A number is found as a whole ("3" is not the 3 of "103"); words as they are. */
    static boolean found(String text, String shownAs) {
        if (shownAs.matches("[\\d.]+%?")) {
            return Pattern.compile("(?<![\\d.,])" + Pattern.quote(shownAs) + "(?![\\d,]|\\.\\d)").matcher(text).find();
        }
        return text.contains(shownAs);
    }

    @Test
    void each_statement_of_the_seed_is_in_the_published_report_exactly_as_shown() throws Exception {
        List<Statement> statements = statements();
        assertThat(statements).as("rows of the table in docs/demo-data.md").hasSizeGreaterThanOrEqualTo(25);
        String pdf;
        try (var doc = Loader.loadPDF(download("pdf"))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
            List<XWPFTableRow> rows = docx.getTables().get(1).getRows();
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int from = paragraphs.indexOf(paragraphs.stream().filter(p -> p.startsWith("I. ")).findFirst().orElseThrow());
            int to = paragraphs.indexOf(paragraphs.stream().filter(p -> p.startsWith("II. ")).findFirst().orElseThrow());
            String findings = String.join("\n", paragraphs.subList(from + 1, to));
            SoftAssertions soft = new SoftAssertions();
            for (Statement s : statements) {
                if (s.code().equals("round")) {
                    soft.assertThat(found(findings, s.shownAs())).as("finding: " + s.shownAs()).isTrue();
                    soft.assertThat(found(pdf, s.shownAs())).as("finding in the PDF: " + s.shownAs()).isTrue();
                    continue;
                }
                RoundSnapshot.Unit unit = seed.units().stream().filter(x -> x.code().equals(s.code())).findFirst()
                        .orElseThrow(() -> new AssertionError("no unit " + s.code() + " in the seed round"));
                String name = unit.officialName() + (s.period().endsWith(", online") ? " (Trực tuyến)" : "");
                String periodText = period(s.period()).toVietnamese();
                // the unit's part of the report: a figure in its row of that period (the rate in its cell, so "78,0%"
                // would not pass for "78%"), a statement in the notes on that row
                StringBuilder part = new StringBuilder();
                if (s.what().equals("statement")) {
                    paragraphs.stream().filter(p -> p.startsWith("Ghi chú: " + name + ", kỳ " + periodText))
                            .forEach(p -> part.append(p).append('\n'));
                } else {
                    rows.stream().filter(r -> r.getCell(0).getText().equals(name)
                                    && r.getCell(1).getText().equals(periodText))
                            .forEach(r -> r.getTableCells().forEach(c -> part.append(c.getText()).append(" | ")));
                }
                soft.assertThat(found(part.toString(), s.shownAs()))
                        .as(s.code() + " " + s.period() + " " + s.what() + ": \"" + s.shownAs() + "\" in " + part).isTrue();
                soft.assertThat(found(pdf, s.shownAs())).as("in the PDF: " + s.shownAs()).isTrue();
            }
            soft.assertAll();
        }
    }

    /** Items 15.3 and 15.8: the seed's files say they are sample data, bear no invented date, and cite their law. */
    @Test
    void the_seed_report_is_marked_as_sample_data_undated_and_cites_law_87_2015() throws Exception {
        String docx;
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(download("docx"))))) {
            docx = text.getText();
        }
        String pdf;
        try (var doc = Loader.loadPDF(download("pdf"))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String text : List.of(docx.replaceAll("\\s+", " "), pdf)) {
            assertThat(text).contains("DỮ LIỆU MẪU / SAMPLE DATA", "Phú Ninh, ngày … tháng … năm …",
                    "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;")
                    .doesNotContain("giám sát giám sát").doesNotContainPattern("Phú Ninh, ngày \\d");
        }
        var page = Jsoup.parse(new String(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/giam-sat/" + seedId)).build(), HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8));
        assertThat(page.select(".sample-data-banner").text()).startsWith("Dữ liệu mẫu / sample data");
        assertThat(page.select("dd.legal-basis").text())
                .isEqualTo("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13");
    }
}
