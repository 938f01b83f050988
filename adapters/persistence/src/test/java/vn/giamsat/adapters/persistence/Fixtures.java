package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/** The seed's units and round (Resolution 21/NQ-HĐND of Phú Ninh district), stored through the adapters. */
final class Fixtures {
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    final AdministrativeUnit quangNam = AdministrativeUnit.register(UnitCode.of("49"), "Quảng Nam", UnitKind.PROVINCE,
            null, new Validity(LocalDate.of(1997, 1, 1), REFORM));
    final AdministrativeUnit phuNinh = AdministrativeUnit.register(UnitCode.of("518"), "Phú Ninh", UnitKind.DISTRICT,
            quangNam.id(), new Validity(LocalDate.of(2005, 1, 1), REFORM));
    final AdministrativeUnit phuThinh = AdministrativeUnit.register(UnitCode.of("20364"), "Phú Thịnh",
            UnitKind.TOWNSHIP, phuNinh.id(), Validity.since(LocalDate.of(2005, 1, 1)));
    final AdministrativeUnit tamDan = AdministrativeUnit.register(UnitCode.of("20374"), "Tam Đàn", UnitKind.COMMUNE,
            phuNinh.id(), Validity.since(LocalDate.of(2005, 1, 1)));

    final Adapters adapters;

    Fixtures(Adapters adapters) {
        this.adapters = adapters;
    }

    /** Stores the province, the district and two communes of 2021–2022. */
    Fixtures storeUnits() {
        adapters.transactions().run("UnitCatalogService.register",
                () -> List.of(quangNam, phuNinh, phuThinh, tamDan).forEach(adapters.units()::save));
        return this;
    }

    /** A round at REPORTED with everything a round holds: scope, delegation, visits, findings, follow-ups. */
    SupervisionRound reportedRound() {
        SupervisionRound round = SupervisionRound.establish(phuNinh.id(),
                new Resolution(ResolutionNumber.of("21/NQ-HĐND"), LocalDate.of(2022, 12, 20),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Việc thực hiện cơ chế một cửa, một cửa liên thông",
                Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30)));
        round.includeUnit(phuThinh.id());
        round.includeUnit(tamDan.id());
        DelegationMember head = new DelegationMember("Nguyễn Văn A", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD);
        round.appoint(head);
        round.appoint(new DelegationMember("Trần Thị B", "Trưởng Ban KT-XH", DelegationRole.DEPUTY_HEAD));
        round.appoint(new DelegationMember("Lê Văn C", null, DelegationRole.SECRETARY));
        round.scheduleVisit(new Visit(tamDan.id(), LocalDate.of(2023, 2, 10), "Làm việc tại UBND xã"));
        round.scheduleVisit(new Visit(phuThinh.id(), null, null)); // date not recorded
        round.moveTo(RoundStatus.PLANNED);
        round.moveTo(RoundStatus.IN_PROGRESS);
        round.recordFinding(Finding.overall(FindingKind.STRENGTH, "Trang thiết bị tại BP TN&TKQ cơ bản đáp ứng."));
        round.recordFinding(Finding.about(tamDan.id(), FindingKind.LIMITATION, "Chưa có hồ sơ trực tuyến mức độ 3, 4 năm 2021."));
        Recommendation toTamDan = Recommendation.create(tamDan.id(), "UBND xã Tam Đàn",
                "Đẩy mạnh dịch vụ công trực tuyến.", LocalDate.of(2023, 6, 30));
        round.recommend(toTamDan);
        round.recommend(Recommendation.create(null, "UBND huyện Phú Ninh", "Bố trí kinh phí trang thiết bị.", null));
        round.moveTo(RoundStatus.REPORTED);
        round.approve(head.fullName(), Instant.parse("2023-03-01T02:30:00.123456Z"));
        round.recordFollowUp(toTamDan.id(), new FollowUp(LocalDate.of(2023, 4, 1), FollowUpStatus.IN_PROGRESS,
                "Đã tập huấn cán bộ", null));
        round.recordFollowUp(toTamDan.id(), new FollowUp(LocalDate.of(2023, 6, 20), FollowUpStatus.DONE,
                null, "Báo cáo số 45/BC-UBND"));
        return round;
    }

    static RoundSnapshot snapshotOf(SupervisionRound round, Fixtures f, List<RoundSnapshot.FiguresEntry> figures) {
        return new RoundSnapshot(round.id().toString(), round.resolution().number().value(),
                round.resolution().adoptedOn(), round.resolution().issuingCouncil(), "Hội đồng nhân dân huyện Phú Ninh",
                round.subject(), round.period().from(), round.period().to(),
                round.approval().orElseThrow().approvedBy(), round.approval().orElseThrow().approvedAt(),
                round.delegation().stream().map(m -> new RoundSnapshot.Member(m.fullName(), m.position(), m.role()))
                        .toList(),
                List.of(new RoundSnapshot.Unit(f.tamDan.id().toString(), "20374", "Tam Đàn", UnitKind.COMMUNE,
                        LocalDate.of(2005, 1, 1), REFORM, List.of("Chiên Đàn"))),
                round.findings().stream().map(x -> new RoundSnapshot.FindingEntry(
                        x.aboutUnit().map(Object::toString).orElse(null), x.kind(), x.text())).toList(),
                round.recommendations().stream().map(r -> new RoundSnapshot.RecommendationEntry(r.id().toString(),
                        r.unit().map(Object::toString).orElse(null), r.addressee(), r.text(), r.dueDate().orElse(null),
                        r.status())).toList(),
                figures);
    }

    /** Rounds have no equals: compare what a user would see. */
    static void assertSameRound(SupervisionRound actual, SupervisionRound expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.council()).isEqualTo(expected.council());
        assertThat(actual.resolution()).isEqualTo(expected.resolution());
        assertThat(actual.subject()).isEqualTo(expected.subject());
        assertThat(actual.period()).isEqualTo(expected.period());
        assertThat(actual.scopeInOrder()).isEqualTo(expected.scopeInOrder());
        assertThat(actual.delegation()).isEqualTo(expected.delegation());
        assertThat(actual.visits()).isEqualTo(expected.visits());
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.approval()).isEqualTo(expected.approval());
        assertThat(actual.recommendations()).hasSameSizeAs(expected.recommendations());
        for (int i = 0; i < expected.recommendations().size(); i++) {
            Recommendation a = actual.recommendations().get(i);
            Recommendation e = expected.recommendations().get(i);
            assertThat(List.of(a.id(), a.unit(), a.addressee(), a.text(), a.dueDate(), a.status()))
                    .isEqualTo(List.of(e.id(), e.unit(), e.addressee(), e.text(), e.dueDate(), e.status()));
            assertThat(a.history()).isEqualTo(e.history());
        }
    }
}
