package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFollowUpCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * What the writer side has done before a citizen looks: the seed round published; a second round published,
 * then corrected with a reason; a third round with figures that was never published.
 */
final class PublishedData {
    static final String CORRECTED_RESOLUTION = "35/NQ-HĐND";
    static final String CORRECTION_REASON = "Cập nhật tình hình thực hiện kiến nghị";
    static final String UNPUBLISHED_RESOLUTION = "88/NQ-HĐND";
    static final long UNPUBLISHED_COUNT = 777_777;
    static RoundId corrected;
    static RoundId unpublished;

    private PublishedData() {}

    static synchronized void publish() {
        TestDatabase.truncateAll();
        AdminSide.run((u, writer) -> {
            assertThat(u.loadDemoData().load()).isTrue();
            UnitCatalogPort units = writer.getBean(UnitCatalogPort.class);
            UnitId district = units.findByCodeOn(UnitCode.of("518"), LocalDate.of(2023, 1, 1)).orElseThrow().id();
            UnitId phuThinh = units.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2023, 1, 1)).orElseThrow().id();
            UnitId tamDan = units.findByCodeOn(UnitCode.of("20392"), LocalDate.of(2024, 1, 1)).orElseThrow().id();

            corrected = inProgressRound(u, district, phuThinh, CORRECTED_RESOLUTION, "Giám sát năm 2023", Period.year(2023));
            u.recordFigures().record(new RecordFiguresCommand(HandlingFigures.builder(phuThinh, Period.year(2023),
                    FiguresSource.SELF_REPORTED).received(40).early(10).onTime(20).late(10).build(), corrected));
            UUID recommendation = u.recordFindings().recommend(new RecommendCommand(corrected, phuThinh,
                    "UBND thị trấn Phú Thịnh", "Giảm số hồ sơ giải quyết trễ hạn", LocalDate.of(2024, 6, 30)));
            u.recordFindings().recordFinding(new RecordFindingCommand(corrected, phuThinh, FindingKind.LIMITATION,
                    "Còn 10 hồ sơ giải quyết trễ hạn."));
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(corrected, RoundStatus.REPORTED));
            u.changeRoundStatus().approve(new ApproveReportCommand(corrected));
            u.publishRound().publish(new PublishRoundCommand(corrected, null));
            u.recordFindings().recordFollowUp(new RecordFollowUpCommand(corrected, recommendation,
                    new FollowUp(LocalDate.of(2024, 2, 1), FollowUpStatus.IN_PROGRESS, "Đã ban hành kế hoạch", "KH 12")));
            u.publishRound().publish(new PublishRoundCommand(corrected, CORRECTION_REASON));

            RoundId draft = unpublished = inProgressRound(u, district, tamDan, UNPUBLISHED_RESOLUTION, "Bản nháp chưa công khai",
                    Period.year(2024));
            u.recordFigures().record(new RecordFiguresCommand(HandlingFigures.builder(tamDan, Period.year(2024),
                    FiguresSource.SELF_REPORTED).received(UNPUBLISHED_COUNT).build(), draft));
        });
    }

    static RoundId inProgressRound(UseCases u, UnitId council, UnitId unit, String number, String subject,
                                           Period period) {
        RoundId round = u.establishRound().establish(new EstablishRoundCommand(council, new Resolution(
                ResolutionNumber.of(number), period.from(), "Hội đồng nhân dân huyện Phú Ninh"), subject, period));
        u.prepareRound().includeUnit(new IncludeUnitCommand(round, unit));
        u.prepareRound().appoint(new AppointMemberCommand(round,
                new DelegationMember("Nguyễn Văn Trưởng", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        u.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(unit, null, null)));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
        return round;
    }
}
