package vn.giamsat.application.round.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.round.port.in.RecordConclusionUseCase.ConcludeRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.Adoption;
import vn.giamsat.domain.round.ConclusionKind;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** Issue 19.3: the council's conclusion, recorded by its staff, published with the round. */
class RoundConclusionTest {
    static final CouncilConclusion RESOLUTION = new CouncilConclusion(ConclusionKind.RESOLUTION, "09/NQ-HĐND",
            LocalDate.of(2026, 6, 15), "Tán thành báo cáo kết quả giám sát.",
            "Giao Ủy ban nhân dân xã thực hiện kiến nghị về nhân sự bộ phận một cửa.");
    InMemoryPorts ports;
    UseCases uc;
    UnitId commune;
    RoundId round;
    UUID staffing;
    UUID scanner;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        uc = ports.useCases();
        UnitId province = uc.registerUnit().register(RegisterUnitCommand.of("48", "Đà Nẵng", UnitKind.CITY, null, LocalDate.of(1997, 1, 1)));
        commune = uc.registerUnit().register(RegisterUnitCommand.of("20364", "Chiên Đàn", UnitKind.COMMUNE, province, LocalDate.of(2025, 7, 1)));
        round = uc.establishRound().establish(new EstablishRoundCommand(commune,
                new Resolution(ResolutionNumber.of("05/NQ-HĐND"), LocalDate.of(2026, 3, 10), "Hội đồng nhân dân xã Chiên Đàn"),
                "Giám sát giải quyết TTHC", Period.year(2025)));
        uc.prepareRound().includeUnit(new IncludeUnitCommand(round, commune));
        uc.prepareRound().appoint(new AppointMemberCommand(round, new DelegationMember("Trần Văn A", "Phó Chủ tịch HĐND xã", DelegationRole.HEAD)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        uc.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(commune, LocalDate.of(2026, 4, 2), null)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
        uc.recordFindings().recordFinding(new RecordFindingCommand(round, commune, FindingKind.STRENGTH, "Niêm yết đầy đủ."));
        staffing = uc.recordFindings().recommend(new RecommendCommand(round, commune, "UBND xã Chiên Đàn",
                "Bố trí đủ công chức tại bộ phận một cửa.", LocalDate.of(2026, 9, 30)));
        scanner = uc.recordFindings().recommend(new RecommendCommand(round, commune, "UBND xã Chiên Đàn",
                "Trang bị máy quét.", LocalDate.of(2026, 9, 30)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
        ports.setNow(Instant.parse("2026-06-01T03:00:00Z"));
        uc.changeRoundStatus().approve(new ApproveReportCommand(round));
    }

    @Test
    void theConclusionIsPublishedWithTheRoundAndOnlyWhatItAdoptsIsFollowedUp() {
        uc.recordConclusion().conclude(new ConcludeRoundCommand(round, RESOLUTION, Set.of(staffing)));
        uc.publishRound().publish(new PublishRoundCommand(round, null));

        RoundSnapshot published = ports.publications.load(round).latest().orElseThrow().snapshot();
        assertThat(published.conclusion().citation()).isEqualTo("Nghị quyết số 09/NQ-HĐND ngày 15/06/2026");
        assertThat(published.conclusion().decisions()).contains("nhân sự bộ phận một cửa");
        assertThat(published.recommendations()).extracting(RoundSnapshot.RecommendationEntry::adoption)
                .containsExactly(Adoption.ADOPTED, Adoption.NOT_ADOPTED); // the other one is kept, marked
        assertThat(uc.roundQueries().round(round).followedUpRecommendations())
                .extracting(r -> r.id()).containsExactly(staffing);
    }

    @Test
    void aConclusionAfterPublicationIsPublishedAsACorrection() {
        uc.publishRound().publish(new PublishRoundCommand(round, null));
        uc.recordConclusion().conclude(new ConcludeRoundCommand(round, RESOLUTION, Set.of(staffing, scanner)));
        assertThat(uc.publishRound().publish(new PublishRoundCommand(round, "Bổ sung Nghị quyết 09/NQ-HĐND"))).isEqualTo(2);

        assertThat(ports.publications.load(round).version(1).orElseThrow().snapshot().conclusion()).isNull();
        assertThat(ports.publications.load(round).latest().orElseThrow().snapshot().conclusion().number())
                .isEqualTo("09/NQ-HĐND");
    }

    @Test
    void onlyTheCouncilsStaffRecordItAndARefusalStoresNothing() {
        ports.actAs(Actor.user("xa", "Cán bộ xã", Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364"))));
        assertThatThrownBy(() -> uc.recordConclusion().conclude(new ConcludeRoundCommand(round, RESOLUTION, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        ports.actAs(Actor.user("vanphong", "Lê Thị Hoa", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("20364"))));
        CouncilConclusion early = new CouncilConclusion(ConclusionKind.CONCLUSION, "03/KL-HĐND",
                LocalDate.of(2026, 5, 20), "Kết luận.", "Yêu cầu.");
        assertThatThrownBy(() -> uc.recordConclusion().conclude(new ConcludeRoundCommand(round, early, Set.of(staffing))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("trước ngày phê duyệt báo cáo");
        assertThat(uc.roundQueries().round(round).conclusion()).isEmpty();
        assertThat(uc.roundQueries().round(round).recommendations()).extracting(r -> r.adoption())
                .containsOnly(Adoption.PROPOSED);
    }
}
