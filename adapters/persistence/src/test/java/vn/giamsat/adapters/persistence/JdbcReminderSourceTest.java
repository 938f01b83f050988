package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.reminder.model.DueItem;
import vn.giamsat.application.reminder.model.ReminderKind;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.ConclusionKind;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;

/** What the reminder source finds on the rounds' tables, read without the mail and the schedule around it. */
class JdbcReminderSourceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcReminderSource source = new JdbcReminderSource(adapters.jdbc());
    private Fixtures f;

    @BeforeEach
    void units() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
    }

    /** Decision 040: a recommendation the council's conclusion did not adopt is not followed up, so never reminded. */
    @Test
    void aRecommendationTheCouncilDidNotAdoptIsNeverRemindedDueOrOverdue() {
        SupervisionRound round = SupervisionRound.establish(f.phuNinh.id(),
                new Resolution(ResolutionNumber.of("21/NQ-HĐND"), LocalDate.of(2026, 3, 20),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Việc thực hiện cơ chế một cửa", Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        round.includeUnit(f.tamDan.id());
        round.appoint(new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD));
        round.scheduleVisit(new vn.giamsat.domain.round.Visit(f.tamDan.id(), LocalDate.of(2026, 5, 10), null));
        round.moveTo(RoundStatus.PLANNED);
        round.moveTo(RoundStatus.IN_PROGRESS);
        round.recordFinding(vn.giamsat.domain.round.Finding.overall(vn.giamsat.domain.round.FindingKind.STRENGTH,
                "Bộ phận một cửa cơ bản đáp ứng."));
        Recommendation adoptedOverdue = Recommendation.create(f.tamDan.id(), "UBND xã Tam Đàn",
                "Đẩy mạnh dịch vụ công trực tuyến.", TODAY.minusDays(10));
        Recommendation turnedDownOverdue = Recommendation.create(f.tamDan.id(), "UBND xã Tam Đàn",
                "Xây trụ sở mới.", TODAY.minusDays(10));
        Recommendation turnedDownDueSoon = Recommendation.create(f.tamDan.id(), "UBND xã Tam Đàn",
                "Mua thêm máy tính.", TODAY.plusDays(3));
        round.recommend(adoptedOverdue);
        round.recommend(turnedDownOverdue);
        round.recommend(turnedDownDueSoon);
        round.moveTo(RoundStatus.REPORTED);
        round.approve("Nguyễn Văn A", Instant.parse("2026-10-01T02:00:00Z"));
        round.conclude(new CouncilConclusion(ConclusionKind.RESOLUTION, "5/NQ-HĐND", LocalDate.of(2026, 10, 15),
                "Nghị quyết về kết quả giám sát.", "Tiếp thu một kiến nghị."), Set.of(adoptedOverdue.id()));
        adapters.rounds().save(round);

        List<DueItem> items = source.dueItems(TODAY, TODAY.plusDays(7));

        assertThat(items).extracting(DueItem::kind, DueItem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.RECOMMENDATION_OVERDUE,
                        "Đẩy mạnh dịch vụ công trực tuyến."));
    }

    /**
     * Decision 048: a unit in scope of a planned or running round that has handed in nothing is reminded before its
     * due date (its officers) and after it (its officers and the council office); a unit that handed in is not. The
     * due date is the one set on the round, else the first dated visit less the report lead time of the law of the
     * round's date (here 121/2025: 3 days; the 10 days given for 87/2015 must not be used).
     */
    @Test
    void aUnitsReportIsRemindedDueSoonThenOverdueUntilItIsHandedIn() {
        SupervisionRound round = SupervisionRound.establish(f.phuNinh.id(),
                new Resolution(ResolutionNumber.of("22/NQ-HĐND"), LocalDate.of(2026, 11, 2),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Dịch vụ công trực tuyến", Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        round.includeUnit(f.tamDan.id());
        round.includeUnit(f.phuThinh.id());
        round.appoint(new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD));
        round.scheduleVisit(new vn.giamsat.domain.round.Visit(f.tamDan.id(), TODAY.plusDays(5), null));
        round.scheduleVisit(new vn.giamsat.domain.round.Visit(f.tamDan.id(), TODAY.plusDays(9), null));
        round.scheduleVisit(new vn.giamsat.domain.round.Visit(f.phuThinh.id(), TODAY.plusDays(20), null));
        round.moveTo(RoundStatus.PLANNED);
        adapters.rounds().save(round);
        JdbcUnitReports reports = new JdbcUnitReports(adapters.jdbc());
        reports.setDueDate(round.id(), f.phuThinh.id(), TODAY.minusDays(1), "vanphong", Instant.now());
        JdbcReminderSource withLeadTimes = new JdbcReminderSource(adapters.jdbc(), 10, 3);

        List<DueItem> items = withLeadTimes.dueItems(TODAY, TODAY.plusDays(7));

        assertThat(items).extracting(DueItem::kind, DueItem::text, i -> i.dueDate().orElseThrow(), DueItem::staff)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.UNIT_REPORT_OVERDUE, "Phú Thịnh",
                                TODAY.minusDays(1), true),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.UNIT_REPORT_DUE_SOON, "Tam Đàn",
                                TODAY.plusDays(2), false));
        assertThat(items).extracting(i -> i.unit().orElseThrow()).containsExactly(f.phuThinh.id(), f.tamDan.id());

        reports.append(new vn.giamsat.domain.round.UnitReportVersion(java.util.UUID.randomUUID(), round.id(),
                f.tamDan.id(), 1, Instant.now(), new vn.giamsat.domain.round.Contributor("canbo.20374", null),
                "bao-cao.pdf", vn.giamsat.domain.round.EvidenceType.PDF, "a".repeat(64),
                vn.giamsat.domain.round.UnitReportFigures.NONE, java.util.Optional.empty()), new byte[] {1});
        assertThat(withLeadTimes.dueItems(TODAY, TODAY.plusDays(7))).extracting(DueItem::text)
                .containsExactly("Phú Thịnh");
        SupervisionRound reported = adapters.rounds().load(round.id()).orElseThrow();
        reported.moveTo(RoundStatus.IN_PROGRESS);
        reported.recordFinding(vn.giamsat.domain.round.Finding.overall(vn.giamsat.domain.round.FindingKind.STRENGTH, "Tốt."));
        reported.moveTo(RoundStatus.REPORTED);
        adapters.rounds().save(reported);
        assertThat(withLeadTimes.dueItems(TODAY, TODAY.plusDays(7))).as("once the delegation reported")
                .extracting(DueItem::kind).containsExactly(ReminderKind.ROUND_AWAITING_APPROVAL);
    }
}
