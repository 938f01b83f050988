package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.round.port.in.RecordConclusionUseCase.ConcludeRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.domain.round.ConclusionKind;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;

/** Issue 19.3: the council's conclusion is published with the round, and what it did not adopt is shown so. */
class ConclusionOnPortalTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static RoundId round;

    @BeforeAll
    static void publishAConcludedRound() {
        PublishedData.publish();
        AdminSide.run((u, writer) -> {
            // the unpublished round of the published data, carried on to the council's resolution
            round = PublishedData.unpublished;
            var unit = u.roundQueries().round(round).scopeInOrder().getFirst();
            UUID adopted = u.recordFindings().recommend(new RecommendCommand(round, unit, "UBND xã Tam Dân",
                    "Bố trí đủ công chức tại Bộ phận một cửa.", LocalDate.of(2027, 6, 30)));
            u.recordFindings().recommend(new RecommendCommand(round, unit, "UBND xã Tam Dân",
                    "Trang bị thêm máy quét tài liệu.", LocalDate.of(2027, 6, 30)));
            u.recordFindings().recordFinding(new RecordFindingCommand(round, unit, FindingKind.LIMITATION,
                    "Thiếu công chức tại Bộ phận một cửa."));
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
            u.changeRoundStatus().approve(new ApproveReportCommand(round));
            LocalDate today = LocalDate.ofInstant(writer.getBean(ClockPort.class).now(), ClockPort.VIETNAM);
            u.recordConclusion().conclude(new ConcludeRoundCommand(round, new CouncilConclusion(
                    ConclusionKind.RESOLUTION, "42/NQ-HĐND", today, "Tán thành báo cáo kết quả giám sát của Đoàn.",
                    "Giao Ủy ban nhân dân huyện chỉ đạo bố trí đủ công chức tại Bộ phận một cửa."), Set.of(adopted)));
            u.publishRound().publish(new PublishRoundCommand(round, null));
        });
    }

    @Test
    void the_round_page_shows_the_resolution_and_marks_the_recommendation_not_adopted() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/giam-sat/" + round.value())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());

        assertThat(html.selectFirst("#conclusion").text()).isEqualTo("Kết luận của Hội đồng nhân dân về kết quả giám sát");
        assertThat(html.selectFirst(".conclusion-citation").text()).startsWith("Nghị quyết số 42/NQ-HĐND ngày ");
        assertThat(html.selectFirst(".conclusion-decisions").text()).contains("bố trí đủ công chức");
        assertThat(html.select("table.simple tbody tr").eachText())
                .anyMatch(row -> row.contains("Trang bị thêm máy quét") && row.contains("Không được Hội đồng nhân dân tiếp thu"))
                .anyMatch(row -> row.contains("Bố trí đủ công chức") && row.contains("Chưa thực hiện"));
    }
}
