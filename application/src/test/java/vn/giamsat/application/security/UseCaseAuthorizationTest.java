package vn.giamsat.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * Authorization in the use cases themselves, on the seed's data (round of Phú Ninh district, 518, over five
 * communes): what each demo role may read and change, whatever id a request carries.
 */
class UseCaseAuthorizationTest {
    static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);

    InMemoryPorts ports;
    UseCases uc;
    RoundId round;

    @BeforeEach
    void loadSeedAsTheSystem() {
        ports = new InMemoryPorts();
        uc = ports.useCases();
        assertThat(uc.loadDemoData().load()).isTrue();
        round = uc.roundQueries().listRounds().getFirst().id();
    }

    static Actor user(String name, Role role, String... codes) {
        return Actor.user(name, name, Set.of(role), Arrays.stream(codes).map(UnitCode::of).collect(Collectors.toSet()));
    }

    UnitId unit(String code) {
        return ports.findByCodeOn(UnitCode.of(code), IN_2022).orElseThrow().id();
    }

    @Test
    void nobody_signed_in_reads_nothing_and_is_refused_a_round_by_id() {
        ports.actAs(Actor.user("anonymous", null, Set.of(), Set.of()));

        assertThat(uc.roundQueries().listRounds()).isEmpty();
        assertThatThrownBy(() -> uc.roundQueries().round(round)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void council_staff_of_the_district_reads_and_changes_its_round() {
        ports.actAs(user("vanphong", Role.COUNCIL_STAFF, "518"));

        assertThat(uc.roundQueries().listRounds()).extracting(r -> r.id()).containsExactly(round);
        uc.recordFindings().recordFinding(new RecordFindingCommand(round, null, FindingKind.STRENGTH, "Ghi nhận mới"));
        assertThat(uc.roundQueries().round(round).findings()).anyMatch(f -> f.text().equals("Ghi nhận mới"));
    }

    @Test
    void council_staff_of_another_district_neither_sees_nor_changes_the_round_even_with_its_id() {
        ports.actAs(user("vanphong.khac", Role.COUNCIL_STAFF, "519"));

        assertThat(uc.roundQueries().listRounds()).isEmpty();
        assertThatThrownBy(() -> uc.roundQueries().round(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.recordFindings().recordFinding(
                new RecordFindingCommand(round, null, FindingKind.LIMITATION, "x")))
                .isInstanceOf(AccessDeniedException.class);
        ports.actAs(Actor.theSystem());
        assertThat(uc.roundQueries().round(round).findings()).noneMatch(f -> f.text().equals("x"));
    }

    @Test
    void provincial_official_reads_everything_in_the_province_and_writes_nothing() {
        ports.actAs(user("tinh", Role.PROVINCIAL_OFFICIAL, "49", "48"));

        assertThat(uc.roundQueries().listRounds()).hasSize(1);
        assertThat(uc.roundQueries().round(round).id()).isEqualTo(round);
        assertThatThrownBy(() -> uc.recordFindings().recordFinding(
                new RecordFindingCommand(round, null, FindingKind.STRENGTH, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.CLOSED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.publishRound().publish(new PublishRoundCommand(round, "sửa")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.recordFigures().record(new RecordFiguresCommand(figures("20364"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.registerUnit().register(
                RegisterUnitCommand.of("20999", "Xã mới", UnitKind.COMMUNE, null, IN_2022)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unit_officer_records_its_own_unit_figures_but_not_another_units_by_changing_the_id() {
        ports.actAs(user("canbo.phuthinh", Role.UNIT_OFFICER, "20364"));

        uc.recordFigures().record(new RecordFiguresCommand(figures("20364"), null));
        assertThatThrownBy(() -> uc.recordFigures().record(new RecordFiguresCommand(figures("20374"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uc.recordFindings().recordFinding(
                new RecordFindingCommand(round, unit("20364"), FindingKind.STRENGTH, "x")))
                .as("a unit officer does not write the delegation's findings")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unit_officer_sees_the_round_that_supervises_its_unit_but_not_a_round_without_it() {
        ports.actAs(user("canbo.phuthinh", Role.UNIT_OFFICER, "20364"));
        assertThat(uc.roundQueries().round(round).scope()).contains(unit("20364"));

        ports.actAs(user("canbo.khac", Role.UNIT_OFFICER, "20999"));
        assertThat(uc.roundQueries().listRounds()).isEmpty();
        assertThatThrownBy(() -> uc.roundQueries().round(round)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void delegation_member_sees_only_the_rounds_of_its_delegation_and_changes_nothing() {
        ports.actAs(Actor.user("thanhvien", "Nguyễn Hữu Bình", Set.of(Role.DELEGATION_MEMBER), Set.of()));
        assertThat(uc.roundQueries().listRounds()).hasSize(1);
        assertThatThrownBy(() -> uc.recordFindings().recordFinding(
                new RecordFindingCommand(round, null, FindingKind.STRENGTH, "x")))
                .isInstanceOf(AccessDeniedException.class);

        ports.actAs(Actor.user("nguoikhac", "Người Khác", Set.of(Role.DELEGATION_MEMBER), Set.of(UnitCode.of("518"))));
        assertThat(uc.roundQueries().listRounds()).as("jurisdiction alone does not make a member").isEmpty();
        assertThatThrownBy(() -> uc.roundQueries().round(round)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_administrator_changes_the_unit_catalogue() {
        ports.actAs(user("vanphong", Role.COUNCIL_STAFF, "518"));
        assertThatThrownBy(() -> uc.registerUnit().register(
                RegisterUnitCommand.of("20999", "Xã mới", UnitKind.COMMUNE, null, IN_2022)))
                .isInstanceOf(AccessDeniedException.class);

        ports.actAs(user("quantri", Role.ADMIN, "48"));
        LocalDate since = LocalDate.of(2025, 8, 1);
        UnitId city = ports.findByCodeOn(UnitCode.of("48"), since).orElseThrow().id();
        UnitId registered = uc.registerUnit().register(RegisterUnitCommand.of("20999", "Xã mới", UnitKind.COMMUNE, city, since));
        assertThat(ports.find(registered)).isPresent();
    }

    HandlingFigures figures(String code) {
        return HandlingFigures.builder(unit(code), Period.year(2023), FiguresSource.SELF_REPORTED).received(10).build();
    }

}
