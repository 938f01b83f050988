package vn.giamsat.application.round.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** Use cases over in-memory ports: what staff see when they run a round. */
class RoundLifecycleTest {
    InMemoryPorts ports;
    UseCases uc;
    UnitId commune;
    RoundId round;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        uc = ports.useCases();
        UnitId province = uc.registerUnit().register(RegisterUnitCommand.of("48", "Đà Nẵng", UnitKind.CITY, null, LocalDate.of(1997, 1, 1)));
        commune = uc.registerUnit().register(RegisterUnitCommand.of("20364", "Chiên Đàn", UnitKind.COMMUNE, province, LocalDate.of(2025, 7, 1)));
        round = uc.establishRound().establish(new EstablishRoundCommand(commune,
                new Resolution(ResolutionNumber.of("05/NQ-HĐND"), LocalDate.of(2026, 3, 10), "Hội đồng nhân dân xã Chiên Đàn"),
                "Giám sát giải quyết TTHC", Period.year(2025)));
    }

    private void prepareAndReport() {
        uc.prepareRound().includeUnit(new IncludeUnitCommand(round, commune));
        uc.prepareRound().appoint(new AppointMemberCommand(round, new DelegationMember("Trần Văn A", "Phó Chủ tịch HĐND xã", DelegationRole.HEAD)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        uc.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(commune, LocalDate.of(2026, 4, 2), null)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
        uc.recordFindings().recordFinding(new RecordFindingCommand(round, commune, FindingKind.STRENGTH, "Niêm yết đầy đủ."));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
    }

    @Test
    void eachUseCaseNamesItsTransactionAsTheAuditLogShowsIt() {
        prepareAndReport();
        uc.changeRoundStatus().approve(new ApproveReportCommand(round));
        uc.publishRound().publish(new PublishRoundCommand(round, null));

        // the in-port method the user called, whatever helper opened the transaction; a refused one commits nothing
        assertThat(ports.committedUseCases()).containsExactly(
                "UnitCatalogService.register", "UnitCatalogService.register", "RoundSetupService.establish",
                "RoundSetupService.includeUnit", "RoundSetupService.appoint", "RoundLifecycleService.moveTo",
                "RoundSetupService.scheduleVisit", "RoundLifecycleService.moveTo", "RoundFindingsService.recordFinding",
                "RoundLifecycleService.moveTo", "RoundLifecycleService.approve", "PublishRoundService.publish");
    }

    @Test
    void aRefusedTransitionStoresNothingAndSaysWhy() {
        assertThatThrownBy(() -> uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Chưa chọn đơn vị chịu sự giám sát");
        assertThat(uc.roundQueries().round(round).status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theRoundsPageIsToldWhichMovesAreAllowedNowAndWhyNot() {
        var fresh = uc.roundQueries().round(round);
        assertThat(fresh.transition(RoundStatus.PLANNED)).isInstanceOfSatisfying(Decision.Refused.class,
                r -> assertThat(r.reason().vietnamese()).contains("Chưa chọn đơn vị chịu sự giám sát"));
        assertThat(fresh.transition(RoundStatus.CLOSED).isAllowed()).isFalse(); // not a next step from a draft

        prepareAndReport();
        var reported = uc.roundQueries().round(round);
        assertThat(reported.head()).map(DelegationMember::fullName).contains("Trần Văn A");
        assertThat(reported.transition(RoundStatus.PUBLISHED).isAllowed()).isFalse(); // not approved yet
        assertThat(reported.transition(RoundStatus.IN_PROGRESS).isAllowed()).isTrue();

        uc.changeRoundStatus().approve(new ApproveReportCommand(round));
        var approved = uc.roundQueries().round(round);
        assertThat(approved.approval()).isPresent();
        assertThat(approved.transition(RoundStatus.PUBLISHED).isAllowed()).isTrue();
    }

    @Test
    void theSameResolutionCannotSetUpTwoRounds() {
        assertThatThrownBy(() -> uc.establishRound().establish(new EstablishRoundCommand(commune,
                new Resolution(ResolutionNumber.of("05/NQ-HĐND"), LocalDate.of(2026, 3, 10), "HĐND xã Chiên Đàn"),
                "Khác", Period.year(2025))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Đã có cuộc giám sát theo Nghị quyết số 05/NQ-HĐND");
    }

    @Test
    void aUnitThatDidNotExistInThePeriodCannotBeSupervised() {
        RoundId old = uc.establishRound().establish(new EstablishRoundCommand(commune,
                new Resolution(ResolutionNumber.of("01/NQ-HĐND"), LocalDate.of(2026, 1, 5), "HĐND xã Chiên Đàn"),
                "Giai đoạn trước", Period.year(2022)));
        assertThatThrownBy(() -> uc.prepareRound().includeUnit(new IncludeUnitCommand(old, commune)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("không tồn tại trong thời kỳ giám sát");
    }

    @Test
    void publishingNeedsApprovalThenCorrectionsNeedAReason() {
        prepareAndReport();
        assertThatThrownBy(() -> uc.publishRound().publish(new PublishRoundCommand(round, null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("chưa được Trưởng đoàn phê duyệt");
        assertThat(ports.latestVersions()).isEmpty();

        uc.changeRoundStatus().approve(new ApproveReportCommand(round));
        assertThat(uc.publishRound().publish(new PublishRoundCommand(round, null))).isEqualTo(1);
        assertThat(uc.roundQueries().round(round).status()).isEqualTo(RoundStatus.PUBLISHED);

        uc.recordFindings().recordFinding(new RecordFindingCommand(round, null, FindingKind.LIMITATION, "Tỷ lệ trực tuyến thấp."));
        assertThatThrownBy(() -> uc.publishRound().publish(new PublishRoundCommand(round, null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("cần nêu lý do");
        ports.setNow(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(uc.publishRound().publish(new PublishRoundCommand(round, "Bổ sung hạn chế"))).isEqualTo(2);
        var v1 = ports.publications.load(round).version(1).orElseThrow();
        assertThat(v1.snapshot().findings()).hasSize(1);
        assertThat(ports.publications.load(round).latest().orElseThrow().snapshot().findings()).hasSize(2);
        assertThat(ports.publications.load(round).latest().orElseThrow().correctionReason()).isEqualTo("Bổ sung hạn chế");
    }

    /** Issue 14.4: the approval and the publication record the signed-in user (commands named anyone before). */
    @Test
    void theApprovalAndThePublicationNameTheSignedInUserNotTheCommand() {
        prepareAndReport();
        ports.actAs(vn.giamsat.application.security.Actor.user("vanphong", "Lê Thị Hoa",
                java.util.Set.of(vn.giamsat.application.security.Role.COUNCIL_STAFF),
                java.util.Set.of(vn.giamsat.domain.unit.UnitCode.of("20364"))));

        uc.changeRoundStatus().approve(new ApproveReportCommand(round));
        uc.publishRound().publish(new PublishRoundCommand(round, null));

        assertThat(uc.roundQueries().round(round).approval().orElseThrow().approvedBy()).isEqualTo("Lê Thị Hoa");
        var v1 = ports.publications.load(round).version(1).orElseThrow();
        assertThat(v1.publishedBy()).isEqualTo("Lê Thị Hoa");
        assertThat(v1.snapshot().approvedBy()).isEqualTo("Lê Thị Hoa");
    }

    @Test
    void publishingIsNotABareStatusChange() {
        prepareAndReport();
        uc.changeRoundStatus().approve(new ApproveReportCommand(round));
        assertThatThrownBy(() -> uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PUBLISHED)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Công khai");
    }

    @Test
    void aStaleRoundIsRefusedNotLost() {
        SupervisionRound first = ports.rounds.load(round).orElseThrow();
        SupervisionRound second = ports.rounds.load(round).orElseThrow();
        first.includeUnit(commune);
        ports.save(first);
        second.appoint(new DelegationMember("Trần Văn B", null, DelegationRole.MEMBER));
        assertThatThrownBy(() -> ports.save(second)).isInstanceOf(StaleDataException.class)
                .hasMessageContaining("vừa được người khác thay đổi");
        assertThat(ports.rounds.load(round).orElseThrow().scope()).containsExactly(commune);
        assertThat(ports.rounds.load(round).orElseThrow().delegation()).isEmpty();
    }

    @Test
    void anUnknownRoundIsNotFound() {
        assertThatThrownBy(() -> uc.roundQueries().round(RoundId.random())).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Không tìm thấy cuộc giám sát");
    }
}
