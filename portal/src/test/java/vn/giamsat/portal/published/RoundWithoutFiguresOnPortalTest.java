package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * A round published without any unit's figures (a supervision of how procedures are posted, say): its page says so in
 * a sentence, instead of a figures table with headings and no rows.
 */
class RoundWithoutFiguresOnPortalTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static RoundId round;

    @BeforeAll
    static void publishARoundWithoutFigures() {
        PublishedData.publish();
        AdminSide.run((u, writer) -> {
            UnitCatalogPort units = writer.getBean(UnitCatalogPort.class);
            UnitId district = units.findByCodeOn(UnitCode.of("518"), LocalDate.of(2023, 1, 1)).orElseThrow().id();
            UnitId phuThinh = units.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2023, 1, 1)).orElseThrow().id();
            round = PublishedData.inProgressRound(u, district, phuThinh, "47/NQ-HĐND",
                    "Việc niêm yết thủ tục hành chính tại Bộ phận một cửa", Period.year(2023));
            u.recordFindings().recordFinding(new RecordFindingCommand(round, phuThinh, FindingKind.LIMITATION,
                    "Bộ phận một cửa chưa niêm yết đủ thủ tục hành chính.")); // a report needs a finding, not figures
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
            u.changeRoundStatus().approve(new ApproveReportCommand(round));
            u.publishRound().publish(new PublishRoundCommand(round, null));
        });
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    @Test
    void the_round_page_says_that_no_unit_figures_were_published_instead_of_an_empty_table() throws Exception {
        Document vietnamese = page("/giam-sat/" + round.value());
        assertThat(vietnamese.selectFirst("h1").text()).contains("47/NQ-HĐND");
        assertThat(vietnamese.select("table.figures")).as("no figures table with headings only").isEmpty();
        assertThat(vietnamese.selectFirst("#round-no-figures").text())
                .isEqualTo("Cuộc giám sát này không công bố số liệu của đơn vị.");

        Document english = page("/giam-sat/" + round.value() + "?lang=en");
        assertThat(english.select("table.figures")).isEmpty();
        assertThat(english.selectFirst("#round-no-figures").text())
                .isEqualTo("This supervision round published no figures of its units.");
    }

    @Test
    void a_round_with_figures_still_shows_its_table_and_no_such_sentence() throws Exception {
        Document withFigures = page("/giam-sat/" + PublishedData.corrected.value());
        assertThat(withFigures.select("table.figures tbody tr")).isNotEmpty();
        assertThat(withFigures.select("#round-no-figures")).isEmpty();
    }
}
