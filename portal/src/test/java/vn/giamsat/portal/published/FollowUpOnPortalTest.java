package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.AcceptProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReportProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReturnProgressCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Issue 19 item 5 on the running portal (refresh every second here): the unit reports, the council office returns one
 * report and accepts the next; the round page, the unit page and both Atom feeds show the accepted step (and never
 * the returned one) without the round being published again.
 */
class FollowUpOnPortalTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Actor OFFICER = Actor.user("canbo.tamdan", "Phạm Thị C", Set.of(Role.UNIT_OFFICER),
            Set.of(UnitCode.of("20392")));
    private static final Actor STAFF = Actor.user("vanphong", "Lê Thị Hoa", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("518")));
    static RoundId round;
    static UUID recommendation;
    static String unitId;

    @BeforeAll
    static void publishARoundWithARecommendation() {
        PublishedData.publish();
        AdminSide.run((u, writer) -> {
            round = PublishedData.unpublished; // Tam Dân, 2024
            var unit = u.roundQueries().round(round).scopeInOrder().getFirst();
            unitId = unit.toString();
            recommendation = u.recordFindings().recommend(new RecommendCommand(round, unit, "UBND xã Tam Dân",
                    "Bố trí đủ công chức tại Bộ phận một cửa.", LocalDate.of(2027, 6, 30)));
            u.recordFindings().recordFinding(new RecordFindingCommand(round, unit, FindingKind.LIMITATION,
                    "Thiếu công chức tại Bộ phận một cửa."));
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
            u.changeRoundStatus().approve(new ApproveReportCommand(round));
            u.publishRound().publish(new PublishRoundCommand(round, null));
        });
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void an_accepted_step_reaches_the_pages_and_feeds_within_the_refresh_interval_and_a_returned_one_never() throws Exception {
        String roundPath = "/giam-sat/" + round.value();
        Document before = Jsoup.parse(get(roundPath));
        assertThat(before.selectFirst("#kien-nghi-1 .rec-status").text()).isEqualTo("Chưa thực hiện");
        assertThat(before.selectFirst(".timeline-empty")).isNotNull();
        assertThat(before.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(roundPath + "/theo-doi.atom");

        Instant[] acceptedAt = new Instant[1];
        AdminSide.run((u, writer) -> {
            var followUp = AdminSide.followUp(writer);
            ProgressEntry first = AdminSide.actingAs(OFFICER, () -> followUp.report(new ReportProgressCommand(round,
                    recommendation, FollowUpStatus.IN_PROGRESS, "Đang tuyển dụng.", Optional.empty(), null)));
            AdminSide.actingAs(STAFF, () -> followUp.returnReport(new ReturnProgressCommand(round, first.id(),
                    "Chưa nêu số công chức đã bố trí.")));
            ProgressEntry second = AdminSide.actingAs(OFFICER, () -> followUp.report(new ReportProgressCommand(round,
                    recommendation, FollowUpStatus.DONE, "Đã bố trí đủ 3 công chức tại Bộ phận một cửa.",
                    Optional.empty(), "https://phuninh.quangnam.gov.vn/quyet-dinh-15")));
            acceptedAt[0] = AdminSide.actingAs(STAFF, () -> followUp.accept(new AcceptProgressCommand(round,
                    second.id()))).recordedAt();
        });

        long start = System.nanoTime();
        Document after = Jsoup.parse(get(roundPath));
        while (!after.selectFirst("#kien-nghi-1 .rec-status").text().equals("Đã thực hiện")
                && System.nanoTime() - start < 10_000_000_000L) {
            Thread.sleep(100);
            after = Jsoup.parse(get(roundPath));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("FollowUpOnPortalTest: acceptance shown on the round page after " + millis + " ms");
        assertThat(after.selectFirst("#kien-nghi-1 .rec-status").text()).isEqualTo("Đã thực hiện");
        assertThat(millis).as("within the refresh interval (1 s here) and a render").isLessThan(5_000);
        assertThat(after.select("ol.timeline li").eachText()).singleElement().satisfies(step -> assertThat(step)
                .contains("Đã thực hiện").contains("Đã bố trí đủ 3 công chức").contains("kiến nghị 1")
                .doesNotContain("Đang tuyển dụng").doesNotContain("Chưa nêu số công chức"));
        assertThat(after.selectFirst("ol.timeline a[rel~=nofollow]").attr("href"))
                .isEqualTo("https://phuninh.quangnam.gov.vn/quyet-dinh-15");
        assertThat(after.select("ol.versions li")).as("not published again").hasSize(1);

        assertThat(htmlErrors(roundPath)).as("Nu HTML checker, round page with a timeline").isEmpty();
        assertThat(htmlErrors("/don-vi/" + unitId + "?lang=en")).as("Nu HTML checker, unit page").isEmpty();

        Document unit = Jsoup.parse(get("/don-vi/" + unitId));
        assertThat(unit.select("#unit-rec-caption ~ tbody tr").eachText()).singleElement().asString()
                .contains("88/NQ-HĐND").contains("Đã thực hiện");
        assertThat(unit.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/don-vi/" + unitId + "/theo-doi.atom");

        List<String[]> roundFeed = entries(roundPath + "/theo-doi.atom");
        List<String[]> unitFeed = entries("/don-vi/" + unitId + "/theo-doi.atom");
        assertThat(roundFeed).hasSize(1);
        String id = roundFeed.getFirst()[0];
        assertThat(id).as("built from the council, the resolution and places, never a database id")
                .matches("tag:[^,]+,2026:hoi-dong-nhan-dan-huyen-phu-ninh/88-nq-hdnd/2024-01-01/kien-nghi-1/theo-doi-1")
                .doesNotContain(round.value().toString());
        assertThat(Instant.parse(roundFeed.getFirst()[1])).isEqualTo(acceptedAt[0]);
        assertThat(unitFeed).extracting(e -> e[0]).containsExactly(id);
    }

    /** What the W3C Nu HTML checker (run in-process, as EveryPageIsValidHtmlTest does) finds wrong with a page. */
    private List<String> htmlErrors(String path) throws Exception {
        nu.validator.client.EmbeddedValidator checker = new nu.validator.client.EmbeddedValidator();
        checker.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        var report = tools.jackson.databind.json.JsonMapper.shared().readTree(checker.validate(
                new ByteArrayInputStream(get(path).getBytes(StandardCharsets.UTF_8))));
        List<String> errors = new ArrayList<>();
        for (var message : report.get("messages")) {
            if (!message.path("type").asString().equals("info")) {
                errors.add(message.path("message").asString() + " [" + message.path("extract").asString().strip() + "]");
            }
        }
        return errors;
    }

    /** Parses the feed as XML (namespace-aware) and checks what RFC 4287 requires; each entry's id and updated. */
    private List<String[]> entries(String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
        String atom = "http://www.w3.org/2005/Atom";
        Element feed = xml.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
        }
        Instant.parse(children(feed, "updated").getFirst().getTextContent());
        List<String[]> out = new ArrayList<>();
        for (Element e : children(feed, "entry")) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(e, required)).as("entry/" + required).hasSize(1);
            }
            assertThat(children(e, "link")).anyMatch(l -> l.getAttribute("rel").equals("alternate"));
            out.add(new String[] {children(e, "id").getFirst().getTextContent(),
                    children(e, "updated").getFirst().getTextContent()});
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
