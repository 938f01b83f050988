package vn.giamsat.application.round.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.application.round.model.SupervisionRules;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase.RecordSentCommand;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.domain.round.LegalBasis;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** Issue 19.1: the documents before the visits, worded for the report's renderer, and the lead times checked. */
class RoundDocumentsTest {
    InMemoryPorts ports;
    UseCases uc;
    RoundDocumentsUseCase documents;
    List<RoundReport> rendered = new ArrayList<>();
    UnitId chienDan;
    UnitId tamXuan;
    RoundId round;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        uc = new UseCases(ports.ports().reportRenderer((report, format) -> {
            rendered.add(report);
            return new byte[] {1};
        }).build());
        documents = uc.roundDocuments(SupervisionRules.of(7, 3, 10, 5));
        UnitId province = uc.registerUnit().register(RegisterUnitCommand.of("48", "Đà Nẵng", UnitKind.CITY, null, LocalDate.of(1997, 1, 1)));
        chienDan = uc.registerUnit().register(RegisterUnitCommand.of("20364", "Chiên Đàn", UnitKind.COMMUNE, province, LocalDate.of(2025, 7, 1)));
        tamXuan = uc.registerUnit().register(RegisterUnitCommand.of("20365", "Tam Xuân", UnitKind.COMMUNE, province, LocalDate.of(2025, 7, 1)));
        round = uc.establishRound().establish(new EstablishRoundCommand(province,
                new Resolution(ResolutionNumber.of("05/NQ-HĐND"), LocalDate.of(2026, 3, 10), "Hội đồng nhân dân thành phố Đà Nẵng"),
                "Giám sát việc giải quyết TTHC", Period.year(2025)));
        uc.prepareRound().includeUnit(new IncludeUnitCommand(round, chienDan));
        uc.prepareRound().includeUnit(new IncludeUnitCommand(round, tamXuan));
        uc.prepareRound().appoint(new AppointMemberCommand(round, new DelegationMember("Trần Văn A", "Phó Chủ tịch HĐND", DelegationRole.HEAD)));
        uc.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        uc.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(chienDan, LocalDate.of(2026, 4, 20), null)));
        uc.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(tamXuan, LocalDate.of(2026, 4, 22), null)));
    }

    @Test
    void aUnitsNoticeCarriesTheOutlineAndTheDayItsReportIsDueUnderTheLawOfTheRoundsDate() {
        var file = documents.render(round, RoundDocumentKind.UNIT_NOTICE, chienDan);

        assertThat(file.fileName()).isEqualTo("thong-bao-de-cuong-20364.docx");
        RoundReport notice = rendered.getFirst();
        assertThat(notice.title()).isEqualTo("THÔNG BÁO");
        assertThat(notice.figures()).isNull();
        assertThat(notice.grounds().getFirst()).contains(LegalBasis.LAW_121_2025.text());
        assertThat(notice.introduction()).anyMatch(p -> p.contains("trước ngày 15/04/2026")
                && p.contains("5 ngày (Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15"));
        assertThat(notice.sections().getFirst().heading()).isEqualTo("ĐỀ CƯƠNG BÁO CÁO");
        assertThat(notice.recipients().getFirst()).isEqualTo("Xã Chiên Đàn;");

        documents.render(round, RoundDocumentKind.PLAN, null);
        assertThat(rendered.getLast().title()).isEqualTo("KẾ HOẠCH");
        documents.render(round, RoundDocumentKind.DELEGATION_DECISION, null);
        assertThat(rendered.getLast().summary()).startsWith("Về việc thành lập Đoàn giám sát");
    }

    @Test
    void theRoundWarnsOfAUnitNotifiedLateOrNotAtAllAndStopsOnceItWasInTime() {
        documents.recordSent(new RecordSentCommand(round, RoundDocumentKind.PLAN, null, "5/KH-ĐGS", LocalDate.of(2026, 3, 20)));
        documents.recordSent(new RecordSentCommand(round, RoundDocumentKind.UNIT_NOTICE, chienDan, "6/TB-ĐGS",
                LocalDate.of(2026, 4, 12))); // 8 days before: late, 10 are due

        var check = documents.leadTimes(round);
        assertThat(check.notice().days()).isEqualTo(10);
        assertThat(check.warnings()).extracting(LeadTimes.Warning::unit, LeadTimes.Warning::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(chienDan, LeadTimes.Warning.Kind.NOTIFIED_LATE),
                org.assertj.core.groups.Tuple.tuple(tamXuan, LeadTimes.Warning.Kind.NOT_NOTIFIED));
        assertThat(check.reportDue()).containsEntry(tamXuan, LocalDate.of(2026, 4, 17));

        documents.recordSent(new RecordSentCommand(round, RoundDocumentKind.UNIT_NOTICE, tamXuan, "7/TB-ĐGS",
                LocalDate.of(2026, 4, 1)));
        assertThat(documents.leadTimes(round).warnings()).extracting(LeadTimes.Warning::unit).containsExactly(chienDan);
        assertThat(uc.roundQueries().round(round).id()).isEqualTo(round);
    }

    @Test
    void aCommuneOfficerNeitherRecordsNorReadsTheDelegationsDocuments() {
        ports.actAs(Actor.user("xa", "Cán bộ xã", Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364"))));
        assertThatThrownBy(() -> documents.recordSent(new RecordSentCommand(round, RoundDocumentKind.PLAN, null,
                "5/KH-ĐGS", LocalDate.of(2026, 3, 20)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.render(round, RoundDocumentKind.PLAN, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
