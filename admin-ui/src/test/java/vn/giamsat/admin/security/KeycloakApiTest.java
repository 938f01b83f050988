package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * The bearer API with real tokens from Keycloak's token endpoint: jurisdiction checks on ids (IDOR), and
 * tokens that are not for this app or no longer valid.
 */
class KeycloakApiTest extends RealKeycloakTest {
    @Autowired LoadDemoDataUseCase demo;
    @Autowired RoundContextQueries admin;
    @Autowired EstablishRoundUseCase establishRound;
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFiguresUseCase recordFigures;

    /** A round of the Phú Ninh council whose scope is Tam Thành (20365) alone: not Tam Đàn's business. */
    RoundId tamThanhRound;

    @BeforeEach
    void demoDataAndARoundOfAnotherCommune() {
        onlyTheDemoData();
        SignedInUsers.actAsSystem();
        tamThanhRound = establishRound.establish(new EstablishRoundCommand(unit("518"),
                new Resolution(ResolutionNumber.of("31/NQ-HĐND"), LocalDate.of(2023, 3, 1),
                        "Hội đồng nhân dân huyện Phú Ninh"), "Thủ tục đất đai tại xã Tam Thành",
                Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))));
        prepareRound.includeUnit(new IncludeUnitCommand(tamThanhRound, unit("20365")));
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
    void a_commune_officer_changing_the_round_id_in_the_url_gets_403_not_the_round() throws Exception {
        String tamDan = keycloak().adminUiToken("canbo.tamdan");

        HttpResponse<String> list = api("/api/rounds", tamDan);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("21/NQ-HĐND").doesNotContain("31/NQ-HĐND");

        HttpResponse<String> other = api("/api/rounds/" + tamThanhRound.value(), tamDan);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("access.denied").doesNotContain("Tam Thành");

        // The council office of the district reads the same id: the 403 was about who asks.
        HttpResponse<String> staff = api("/api/rounds/" + tamThanhRound.value(),
                keycloak().adminUiToken("vanphong"));
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("31/NQ-HĐND");
    }

    @Test
    void the_round_page_with_another_communes_round_id_shows_the_refusal_not_the_round() throws Exception {
        actAs("canbo.tamdan");
        navigate("cuoc-giam-sat/" + tamThanhRound.value(), vn.giamsat.admin.ui.ErrorView.class);

        String shown = $(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText).reduce("", String::concat);
        assertThat(shown).contains("Bạn không có quyền").doesNotContain("Tam Thành");
    }

    @Test
    void the_provincial_official_reads_every_round_of_the_province() throws Exception {
        HttpResponse<String> list = api("/api/rounds", keycloak().adminUiToken("tinh"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("21/NQ-HĐND").contains("31/NQ-HĐND");
    }

    @Test
    void a_commune_officer_records_its_own_figures_but_not_another_communes_by_changing_the_unit_id()
            throws Exception {
        actAs("canbo.tamdan");
        UnitId own = unit("20374");
        UnitId phuThinh = unit("20364");

        recordFigures.record(new RecordFiguresCommand(figures(own), null));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> recordFigures.record(new RecordFiguresCommand(figures(phuThinh), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_token_of_another_client_of_the_same_realm_is_refused() throws Exception {
        String other = keycloak().serviceAccountToken();
        assertThat(RealKeycloak.claims(other).get("azp").asString()).isEqualTo(RealKeycloak.IDENTITY_CLIENT);

        HttpResponse<String> r = api("/api/rounds", other);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("21/NQ-HĐND");
    }

    @Test
    void an_expired_token_is_refused_though_it_was_good() throws Exception {
        String token = keycloak().shortLivedToken("canbo.tamdan");
        Instant expiry = Instant.ofEpochSecond(RealKeycloak.claims(token).get("exp").asLong());
        // Past the expiry and the 1 s clock skew of this test context.
        long wait = java.time.Duration.between(Instant.now(), expiry.plusSeconds(2)).toMillis();
        Thread.sleep(Math.max(0, wait));

        HttpResponse<String> r = api("/api/rounds", token);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).contains("invalid_token").containsIgnoringCase("expired"));
    }

    /** The unit that held the code first (before the 2025 reform reused some codes). */
    private UnitId unit(String code) {
        return admin.units().stream().filter(u -> u.code().equals(code))
                .min(java.util.Comparator.comparing(RoundContextQueries.UnitOption::validFrom)).orElseThrow().id();
    }

    private static HandlingFigures figures(UnitId unit) {
        return HandlingFigures.builder(unit, Period.year(2024), FiguresSource.SELF_REPORTED).received(12).build();
    }
}
