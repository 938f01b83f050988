package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamsat.adapters.persistence.Fixtures.assertSameRound;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.LegalBasis;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;

class JdbcRoundsTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcRounds rounds = adapters.rounds();
    private Fixtures f;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
    }

    @Test
    void aWholeRoundComesBackAsSaved() {
        SupervisionRound round = f.reportedRound();
        rounds.save(round);

        SupervisionRound loaded = rounds.load(round.id()).orElseThrow();
        assertSameRound(loaded, round);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.recommendations().getFirst().history()).extracting(FollowUp::status)
                .containsExactly(FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE);
        assertSameRound(rounds.findByResolution(ResolutionNumber.of("21/NQ-HĐND"), LocalDate.of(2022, 12, 20))
                .orElseThrow(), round);
        assertThat(rounds.findByResolution(ResolutionNumber.of("21/NQ-HĐND"), LocalDate.of(2023, 12, 20))).isEmpty();
    }

    @Test
    void childrenAreReplacedOnSaveAndTheVersionGoesUpByOne() {
        SupervisionRound round = SupervisionRound.establish(f.phuNinh.id(),
                new Resolution(ResolutionNumber.of("5/NQ-HĐND"), LocalDate.of(2024, 3, 1), "HĐND huyện Phú Ninh"),
                "Dịch vụ bưu chính công ích", Period.year(2023));
        round.includeUnit(f.tamDan.id());
        round.appoint(new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD));
        rounds.save(round);

        SupervisionRound loaded = rounds.load(round.id()).orElseThrow();
        loaded.excludeUnit(f.tamDan.id());
        loaded.includeUnit(f.phuThinh.id());
        loaded.dismiss("Nguyễn Văn A");
        loaded.appoint(new DelegationMember("Trần Thị B", "Ủy viên", DelegationRole.HEAD));
        rounds.save(loaded);

        SupervisionRound again = rounds.load(round.id()).orElseThrow();
        assertSameRound(again, loaded);
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        rounds.save(f.reportedRound());
        SupervisionRound stored = rounds.all().getFirst();
        SupervisionRound first = rounds.load(stored.id()).orElseThrow();
        SupervisionRound second = rounds.load(stored.id()).orElseThrow();

        first.moveTo(RoundStatus.PUBLISHED);
        rounds.save(first);
        second.moveTo(RoundStatus.IN_PROGRESS);
        second.recordFinding(vn.giamsat.domain.round.Finding.overall(
                vn.giamsat.domain.round.FindingKind.CAUSE, "Ghi đè không được phép"));

        assertThatThrownBy(() -> rounds.save(second)).isInstanceOf(StaleDataException.class)
                .hasMessageContaining("21/NQ-HĐND");
        SupervisionRound kept = rounds.load(stored.id()).orElseThrow();
        assertSameRound(kept, first);
        assertThat(kept.version()).isEqualTo(2);
    }

    @Test
    void aNewRoundSavedTwiceWithoutReloadIsRefused() {
        SupervisionRound round = f.reportedRound();
        rounds.save(round);
        assertThatThrownBy(() -> rounds.save(round)).isInstanceOf(StaleDataException.class);
    }

    @Test
    void allListsEveryRoundNewestResolutionFirst() {
        SupervisionRound older = f.reportedRound();
        SupervisionRound newer = SupervisionRound.establish(f.phuNinh.id(),
                new Resolution(ResolutionNumber.of("5/NQ-HĐND"), LocalDate.of(2024, 3, 1), "HĐND huyện Phú Ninh"),
                "Dịch vụ công trực tuyến", Period.year(2023));
        rounds.save(older);
        rounds.save(newer);

        List<SupervisionRound> all = rounds.all();
        assertThat(all).extracting(SupervisionRound::id).containsExactly(newer.id(), older.id());
        assertSameRound(all.get(1), older);
        assertThat(all.get(0).scope()).isEmpty();
    }

    /** Issue 15.8 and 15.3: the legal basis staff reworded and the sample-data mark come back as saved. */
    @Test
    void theLegalBasisAndTheSampleDataMarkComeBackAsSaved() {
        SupervisionRound round = SupervisionRound.establish(f.phuNinh.id(),
                new Resolution(ResolutionNumber.of("7/NQ-HĐND"), LocalDate.of(2026, 3, 2), "HĐND huyện Phú Ninh"),
                "Dịch vụ công trực tuyến", Period.year(2025));
        round.markAsSampleData();
        rounds.save(round);
        SupervisionRound loaded = rounds.load(round.id()).orElseThrow();
        assertThat(loaded.legalBasis()).isEqualTo(LegalBasis.LAW_121_2025);
        assertThat(loaded.isSampleData()).isTrue();

        LegalBasis worded = new LegalBasis("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15; "
                + "Luật Tổ chức chính quyền địa phương");
        loaded.reviseLegalBasis(worded);
        rounds.save(loaded);
        assertThat(rounds.load(round.id()).orElseThrow().legalBasis()).isEqualTo(worded);
        SupervisionRound real = f.reportedRound();
        rounds.save(real);
        assertThat(rounds.load(real.id()).orElseThrow().isSampleData()).isFalse();
    }

    /** Issue 19.3: the council's conclusion and its answer on each recommendation come back as saved. */
    @Test
    void theCouncilsConclusionAndTheRecommendationsItAdoptsComeBackAsSaved() {
        SupervisionRound round = f.reportedRound();
        rounds.save(round);
        SupervisionRound loaded = rounds.load(round.id()).orElseThrow();
        assertThat(loaded.conclusion()).isEmpty();
        assertThat(loaded.recommendations()).extracting(vn.giamsat.domain.round.Recommendation::adoption)
                .containsOnly(vn.giamsat.domain.round.Adoption.PROPOSED);

        var conclusion = new vn.giamsat.domain.round.CouncilConclusion(vn.giamsat.domain.round.ConclusionKind.RESOLUTION,
                "15/NQ-HĐND", LocalDate.of(2023, 7, 14), "Tán thành báo cáo kết quả giám sát.",
                "Giao UBND huyện chỉ đạo xã Tam Đàn đẩy mạnh dịch vụ công trực tuyến.");
        java.util.UUID tamDan = loaded.recommendations().get(0).id();
        loaded.conclude(conclusion, java.util.Set.of(tamDan));
        rounds.save(loaded);

        SupervisionRound again = rounds.load(round.id()).orElseThrow();
        assertThat(again.conclusion()).contains(conclusion);
        assertThat(again.recommendations()).extracting(vn.giamsat.domain.round.Recommendation::adoption)
                .containsExactly(vn.giamsat.domain.round.Adoption.ADOPTED, vn.giamsat.domain.round.Adoption.NOT_ADOPTED);
        assertThat(again.followedUpRecommendations()).extracting(vn.giamsat.domain.round.Recommendation::id)
                .containsExactly(tamDan);
    }

    /** Issue 19.1: the documents sent before the visits come back with their day of sending, in order. */
    @Test
    void theDocumentsSentComeBackAsSaved() {
        SupervisionRound round = SupervisionRound.establish(f.phuNinh.id(),
                new Resolution(ResolutionNumber.of("8/NQ-HĐND"), LocalDate.of(2026, 3, 2), "HĐND huyện Phú Ninh"),
                "Dịch vụ công trực tuyến", Period.year(2025));
        round.includeUnit(f.tamDan.id());
        round.appoint(new vn.giamsat.domain.round.DelegationMember("Nguyễn Văn A", null,
                vn.giamsat.domain.round.DelegationRole.HEAD));
        round.moveTo(vn.giamsat.domain.round.RoundStatus.PLANNED);
        var plan = vn.giamsat.domain.round.SentDocument.of(vn.giamsat.domain.round.RoundDocumentKind.PLAN, null,
                "5/KH-HĐND", LocalDate.of(2026, 3, 5));
        var notice = vn.giamsat.domain.round.SentDocument.of(vn.giamsat.domain.round.RoundDocumentKind.UNIT_NOTICE,
                f.tamDan.id(), "6/TB-HĐND", LocalDate.of(2026, 3, 6));
        round.recordSent(plan);
        round.recordSent(notice);
        rounds.save(round);

        assertThat(rounds.load(round.id()).orElseThrow().sentDocuments()).containsExactly(plan, notice);
    }
}
