package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.unit.UnitId;

/** Issue 19.1: documents sent before the visits, and the lead times of the law in force on the round's date. */
class LeadTimesTest {
    static final LeadTimes RULES = new LeadTimes(
            new LeadTimeRule(LegalBasis.LAW_87_2015, "thời hạn là một thiết lập", 7),
            new LeadTimeRule(LegalBasis.LAW_87_2015, "thời hạn là một thiết lập", 3),
            new LeadTimeRule(LegalBasis.LAW_121_2025, "thời hạn là một thiết lập", 10),
            new LeadTimeRule(LegalBasis.LAW_121_2025, "thời hạn là một thiết lập", 5));
    static final UnitId A = UnitId.random();
    static final UnitId B = UnitId.random();
    static final UnitId C = UnitId.random();

    private static SupervisionRound planned(LocalDate resolutionDate) {
        SupervisionRound r = SupervisionRound.establish(UnitId.random(),
                new Resolution(ResolutionNumber.of("3/NQ-HĐND"), resolutionDate, "Hội đồng nhân dân xã Chiên Đàn"),
                "Giám sát giải quyết TTHC", Period.year(2025));
        r.includeUnit(A);
        r.includeUnit(B);
        r.includeUnit(C);
        r.appoint(new DelegationMember("Trần Văn A", null, DelegationRole.HEAD));
        r.moveTo(RoundStatus.PLANNED);
        return r;
    }

    @Test
    void theLawInForceOnTheRoundsDateGivesTheLeadTimes() {
        assertThat(RULES.noticeOn(LocalDate.of(2026, 2, 28)).law()).isEqualTo(LegalBasis.LAW_87_2015);
        assertThat(RULES.noticeOn(LocalDate.of(2026, 2, 28)).days()).isEqualTo(7);
        assertThat(RULES.noticeOn(LocalDate.of(2026, 3, 1)).law()).isEqualTo(LegalBasis.LAW_121_2025);
        assertThat(RULES.reportOn(LocalDate.of(2026, 3, 1)).days()).isEqualTo(5);
        assertThat(RULES.noticeOn(LocalDate.of(2026, 3, 1)).citation())
                .isEqualTo("10 ngày (Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15, "
                        + "thời hạn là một thiết lập)");
    }

    @Test
    void aUnitNotNotifiedOrNotifiedTooLateBeforeItsVisitIsWarnedAbout() {
        SupervisionRound r = planned(LocalDate.of(2026, 3, 10)); // Law 121/2025: 10 days
        r.scheduleVisit(new Visit(A, LocalDate.of(2026, 4, 20), null));
        r.scheduleVisit(new Visit(B, LocalDate.of(2026, 4, 15), null));
        r.scheduleVisit(new Visit(C, null, null)); // no date: nothing to check
        r.recordSent(SentDocument.of(RoundDocumentKind.PLAN, null, "5/KH-HĐND", LocalDate.of(2026, 3, 12)));
        r.recordSent(SentDocument.of(RoundDocumentKind.UNIT_NOTICE, A, "6/TB-HĐND", LocalDate.of(2026, 4, 10))); // on the day
        r.recordSent(SentDocument.of(RoundDocumentKind.UNIT_NOTICE, B, "7/TB-HĐND", LocalDate.of(2026, 4, 6))); // 1 day late

        assertThat(RULES.check(r)).singleElement().satisfies(w -> {
            assertThat(w.unit()).isEqualTo(B);
            assertThat(w.kind()).isEqualTo(LeadTimes.Warning.Kind.NOTIFIED_LATE);
            assertThat(w.notifyBy()).isEqualTo(LocalDate.of(2026, 4, 5));
        });
        assertThat(RULES.reportDue(r, A)).contains(LocalDate.of(2026, 4, 15));
        assertThat(RULES.reportDue(r, C)).isEmpty();

        SupervisionRound none = planned(LocalDate.of(2025, 12, 1)); // Law 87/2015: 7 days
        none.scheduleVisit(new Visit(A, LocalDate.of(2026, 1, 10), null));
        assertThat(RULES.check(none)).extracting(LeadTimes.Warning::kind).containsExactly(LeadTimes.Warning.Kind.NOT_NOTIFIED);
        assertThat(RULES.check(none).getFirst().rule().law()).isEqualTo(LegalBasis.LAW_87_2015);
    }

    @Test
    void aDocumentIsSentOnceTheRoundIsPlannedToAUnitInScopeNotBeforeTheResolution() {
        SupervisionRound draft = SupervisionRound.establish(UnitId.random(),
                new Resolution(ResolutionNumber.of("3/NQ-HĐND"), LocalDate.of(2026, 3, 10), "HĐND xã"), "Giám sát",
                Period.year(2025));
        assertThatThrownBy(() -> draft.recordSent(SentDocument.of(RoundDocumentKind.PLAN, null, "1/KH", LocalDate.of(2026, 3, 11))))
                .isInstanceOf(DomainRuleViolation.class);
        SupervisionRound r = planned(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> r.recordSent(SentDocument.of(RoundDocumentKind.UNIT_NOTICE, UnitId.random(), "2/TB",
                LocalDate.of(2026, 3, 11)))).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("phạm vi");
        assertThatThrownBy(() -> r.recordSent(SentDocument.of(RoundDocumentKind.PLAN, null, "1/KH", LocalDate.of(2026, 3, 9))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("trước ngày ban hành nghị quyết");
        assertThatThrownBy(() -> SentDocument.of(RoundDocumentKind.UNIT_NOTICE, null, "2/TB", LocalDate.of(2026, 3, 11)))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> SentDocument.of(RoundDocumentKind.PLAN, A, "2/KH", LocalDate.of(2026, 3, 11)))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(r.sentDocuments()).isEmpty();
    }
}
