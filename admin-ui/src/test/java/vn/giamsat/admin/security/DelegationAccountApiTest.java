package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.port.in.RoundReportUseCase;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Issue 14 items 1 and 5 and issue 15 item 9 with real Keycloak tokens and sessions (decision 018): a delegation
 * member is its account, not its name; a commune officer reads only its own part of a draft; an official of the
 * city that took over Quảng Nam reads the rounds of its former district. (That no user renames herself:
 * {@link KeycloakAccountConsoleTest}.)
 */
class DelegationAccountApiTest extends RealKeycloakTest {
    @Autowired LoadDemoDataUseCase demo;
    @Autowired RoundQueries rounds;
    @Autowired RoundContextQueries admin;
    @Autowired EstablishRoundUseCase establishRound;
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFindingsUseCase recordFindings;
    @Autowired RoundReportUseCase reports;

    /** The seed's round of Phú Ninh (21/NQ-HĐND), headed by "Phan Thanh Thám" (account truongdoan). */
    RoundId seedRound;

    @BeforeEach
    @AfterEach
    void onlyTheDemoData() {
        SignedInUsers.actAsSystem();
        TestDatabase.truncateAll();
        demo.load();
        seedRound = rounds.listRounds().stream().filter(r -> r.resolutionNumber().equals("21/NQ-HĐND")).findFirst()
                .orElseThrow().id();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_whose_name_is_another_rounds_head_gets_403_and_no_round_in_the_list() throws Exception {
        String namesake = keycloak().adminUiToken(RealKeycloak.NAMESAKE_USER);
        assertThat(RealKeycloak.claims(namesake).get("name").asString())
                .as("the token carries the head's very name").isEqualTo("Phan Thanh Thám");

        HttpResponse<String> list = api("/api/rounds", namesake);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("21/NQ-HĐND");
        HttpResponse<String> one = api("/api/rounds/" + seedRound.value(), namesake);
        assertThat(one.statusCode()).isEqualTo(403);
        assertThat(one.body()).doesNotContain("21/NQ-HĐND");

        // The accounts the round names read it: the head and the deputy head (who has no council role at all).
        for (String member : new String[] {"truongdoan", "thanhvien"}) {
            HttpResponse<String> mine = api("/api/rounds/" + seedRound.value(), keycloak().adminUiToken(member));
            assertThat(mine.statusCode()).as(member).isEqualTo(200);
            assertThat(api("/api/rounds", keycloak().adminUiToken(member)).body()).as(member).contains("21/NQ-HĐND");
        }
    }

    @Test
    void the_delegation_editor_offers_accounts_from_keycloaks_directory_by_username_to_council_staff_only()
            throws Exception {
        actAs("vanphong");
        assertThat(prepareRound.memberAccounts(seedRound, "Thám"))
                .as("namesakes are told apart by their username")
                .extracting(vn.giamsat.application.round.model.MemberAccount::label)
                .contains("Phan Thanh Thám (truongdoan)", "Phan Thanh Thám (ten.trung)")
                .noneMatch(label -> label.contains("vanphong"));

        actAs("canbo.tamdan");
        assertThatThrownBy(() -> prepareRound.memberAccounts(seedRound, "Thám"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_official_of_da_nang_alone_reads_the_round_of_quang_nams_former_district() throws Exception {
        String city = keycloak().adminUiToken(RealKeycloak.CITY_OFFICIAL);
        assertThat(RealKeycloak.claims(city).get("jurisdiction").toString()).contains("48").doesNotContain("49");

        HttpResponse<String> one = api("/api/rounds/" + seedRound.value(), city);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("21/NQ-HĐND");
        assertThat(api("/api/rounds", city).body()).contains("21/NQ-HĐND");
    }

    @Test
    void a_commune_officer_signed_in_reads_its_own_communes_findings_of_a_draft_and_not_another_communes()
            throws Exception {
        SignedInUsers.actAsSystem();
        RoundId draft = establishRound.establish(new EstablishRoundCommand(unit("518"),
                new Resolution(ResolutionNumber.of("47/NQ-HĐND"), LocalDate.of(2023, 3, 1),
                        "Hội đồng nhân dân huyện Phú Ninh"), "Thủ tục hành chính năm 2022",
                Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))));
        prepareRound.includeUnit(new IncludeUnitCommand(draft, unit("20374")));
        prepareRound.includeUnit(new IncludeUnitCommand(draft, unit("20365")));
        recordFindings.recordFinding(new RecordFindingCommand(draft, unit("20374"), FindingKind.LIMITATION,
                "Dự thảo về Tam Đàn"));
        recordFindings.recordFinding(new RecordFindingCommand(draft, unit("20365"), FindingKind.LIMITATION,
                "Dự thảo về Tam Thành"));
        SecurityContextHolder.clearContext();

        actAs("canbo.tamdan");
        assertThat(rounds.round(draft).findings()).extracting(Finding::text).containsExactly("Dự thảo về Tam Đàn");
        assertThatThrownBy(() -> reports.report(draft)).isInstanceOf(AccessDeniedException.class);

        actAs("vanphong");
        assertThat(rounds.round(draft).findings()).extracting(Finding::text)
                .containsExactlyInAnyOrder("Dự thảo về Tam Đàn", "Dự thảo về Tam Thành");
    }

    /** The unit that held the code first (before the 2025 reform reused some codes). */
    private UnitId unit(String code) {
        return admin.units().stream().filter(u -> u.code().equals(code))
                .min(java.util.Comparator.comparing(RoundContextQueries.UnitOption::validFrom)).orElseThrow().id();
    }
}
