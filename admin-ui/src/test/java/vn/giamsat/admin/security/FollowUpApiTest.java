package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;

/**
 * A recommendation's follow-up over HTTP with real Keycloak tokens: the officer of the unit it is addressed to
 * reports progress, the council office accepts; an officer of another commune in the same round cannot report on
 * it, and the unit cannot accept its own report.
 */
class FollowUpApiTest extends RealKeycloakTest {
    @Autowired LoadDemoDataUseCase demo;
    @Autowired RoundContextQueries admin;
    @Autowired EstablishRoundUseCase establishRound;
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired ChangeRoundStatusUseCase changeStatus;
    @Autowired RecordFindingsUseCase findings;
    @Autowired LoadRoundPort rounds;

    RoundId round;
    UUID toTamDan;

    @BeforeEach
    void aReportedRoundWithARecommendationToTamDan() {
        onlyTheDemoData();
        SignedInUsers.actAsSystem();
        UnitId tamDan = unit("20374");
        round = establishRound.establish(new EstablishRoundCommand(unit("518"),
                new Resolution(ResolutionNumber.of("32/NQ-HĐND"), LocalDate.of(2023, 3, 1),
                        "Hội đồng nhân dân huyện Phú Ninh"), "Dịch vụ công trực tuyến",
                Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), false));
        prepareRound.includeUnit(new IncludeUnitCommand(round, tamDan));
        prepareRound.includeUnit(new IncludeUnitCommand(round, unit("20364")));
        prepareRound.appoint(new AppointMemberCommand(round, new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD)));
        changeStatus.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        prepareRound.scheduleVisit(new ScheduleVisitCommand(round, new Visit(tamDan, null, null)));
        changeStatus.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
        findings.recordFinding(new RecordFindingCommand(round, null, FindingKind.STRENGTH, "Cơ bản đáp ứng."));
        findings.recommend(new RecommendCommand(round, tamDan, "UBND xã Tam Đàn", "Đẩy mạnh dịch vụ công trực tuyến.",
                LocalDate.of(2023, 6, 30)));
        changeStatus.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
        toTamDan = rounds.load(round).orElseThrow().recommendations().getFirst().id();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @AfterEach
    void onlyTheDemoData() {
        SignedInUsers.actAsSystem();
        TestDatabase.truncateAll();
        demo.load();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void an_officer_of_another_commune_of_the_round_cannot_report_on_this_recommendation() throws Exception {
        String progress = "/api/rounds/" + round.value() + "/recommendations/" + toTamDan + "/progress";
        String body = "{\"status\":\"IN_PROGRESS\",\"text\":\"Đã tập huấn cán bộ\"}";

        HttpResponse<String> other = post(progress, body, keycloak().adminUiToken("canbo.phuthinh"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("access.denied");

        HttpResponse<String> own = post(progress, body, keycloak().adminUiToken("canbo.tamdan"));
        assertThat(own.statusCode()).isEqualTo(201);

        HttpResponse<String> record = api(progress, keycloak().adminUiToken("vanphong"));
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("\"kind\":\"REPORTED\"").contains("canbo.tamdan")
                .doesNotContain("canbo.phuthinh");
    }

    @Test
    void the_unit_cannot_accept_its_own_report_and_the_council_office_can() throws Exception {
        String tamDan = keycloak().adminUiToken("canbo.tamdan");
        String report = reportDone("Đã triển khai mức độ toàn trình", tamDan);
        String acceptance = "/api/rounds/" + round.value() + "/progress/" + report + "/acceptance";

        HttpResponse<String> self = post(acceptance, "", tamDan);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(rounds.load(round).orElseThrow().recommendations().getFirst().status())
                .isEqualTo(FollowUpStatus.NOT_STARTED);

        HttpResponse<String> staff = post(acceptance, "", keycloak().adminUiToken("vanphong"));
        assertThat(staff.statusCode()).isEqualTo(201);
        assertThat(staff.body()).contains("\"kind\":\"ACCEPTED\"").contains(report);
        assertThat(rounds.load(round).orElseThrow().recommendations().getFirst().status())
                .isEqualTo(FollowUpStatus.DONE);
    }

    @Test
    void the_unit_cannot_return_its_own_report_and_the_council_office_returns_it_only_with_a_reason() throws Exception {
        String tamDan = keycloak().adminUiToken("canbo.tamdan");
        String report = reportDone("Đã niêm yết thủ tục", tamDan);
        String giveBack = "/api/rounds/" + round.value() + "/progress/" + report + "/return";

        HttpResponse<String> self = post(giveBack, "{\"reason\":\"Tự trả lại\"}", tamDan);
        assertThat(self.statusCode()).isEqualTo(403);
        String vanphong = keycloak().adminUiToken("vanphong");
        HttpResponse<String> noReason = post(giveBack, "{\"reason\":\"  \"}", vanphong);
        assertThat(noReason.statusCode()).as("a return without a reason is refused").isBetween(400, 499);

        HttpResponse<String> staff = post(giveBack, "{\"reason\":\"Chưa có minh chứng niêm yết\"}", vanphong);
        assertThat(staff.statusCode()).isEqualTo(201);
        assertThat(staff.body()).contains("\"kind\":\"RETURNED\"").contains(report)
                .contains("Chưa có minh chứng niêm yết");
        assertThat(rounds.load(round).orElseThrow().recommendations().getFirst().status())
                .as("a returned report changes nothing").isEqualTo(FollowUpStatus.NOT_STARTED);
        HttpResponse<String> again = post("/api/rounds/" + round.value() + "/progress/" + report + "/acceptance", "",
                vanphong);
        assertThat(again.statusCode()).as("a report has one answer").isBetween(400, 499);
    }

    /** Tam Đàn's officer reports the recommendation done over HTTP; the id of the progress report it got back. */
    private String reportDone(String text, String token) throws Exception {
        HttpResponse<String> reported = post("/api/rounds/" + round.value() + "/recommendations/" + toTamDan
                + "/progress", "{\"status\":\"DONE\",\"text\":\"" + text + "\"}", token);
        assertThat(reported.statusCode()).as("the progress report is taken").isEqualTo(201);
        return reported.body().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        return new HttpBrowser().send(HttpRequest.newBuilder(java.net.URI.create(app(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private UnitId unit(String code) {
        return admin.units().stream().filter(u -> u.code().equals(code))
                .min(java.util.Comparator.comparing(RoundContextQueries.UnitOption::validFrom)).orElseThrow().id();
    }
}
