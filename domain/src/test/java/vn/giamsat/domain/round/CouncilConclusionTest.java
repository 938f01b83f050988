package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;

/** Issue 19.3: the council's resolution or conclusion on the results, and the recommendations it adopts. */
class CouncilConclusionTest {
    static final CouncilConclusion RESOLUTION = new CouncilConclusion(ConclusionKind.RESOLUTION, "15/NQ-HĐND",
            LocalDate.of(2023, 4, 20), "Hội đồng nhân dân tán thành báo cáo kết quả giám sát.",
            "Giao Ủy ban nhân dân huyện chỉ đạo thực hiện các kiến nghị được tiếp thu.");

    private static SupervisionRound approvedWithTwoRecommendations() {
        SupervisionRound r = SupervisionRoundTest.inProgress();
        r.recordFinding(Finding.overall(FindingKind.STRENGTH, "Trang thiết bị cơ bản đáp ứng yêu cầu."));
        r.recommend(Recommendation.create(SupervisionRoundTest.PHU_THINH, "UBND xã Phú Thịnh", "Bố trí công chức.",
                LocalDate.of(2023, 6, 30)));
        r.recommend(Recommendation.create(null, "UBND huyện", "Mua máy scan.", LocalDate.of(2023, 6, 30)));
        r.moveTo(RoundStatus.REPORTED);
        r.approve("Phan Thanh Thám", Instant.parse("2023-04-01T02:00:00Z"));
        return r;
    }

    @Test
    void theAdoptedRecommendationsAreFollowedUpAndTheOthersKeptAsNotAdopted() {
        SupervisionRound r = approvedWithTwoRecommendations();
        UUID staff = r.recommendations().get(0).id();
        UUID scanner = r.recommendations().get(1).id();
        assertThat(r.followedUpRecommendations()).hasSize(2); // before the council answers: as proposed

        r.conclude(RESOLUTION, Set.of(staff));

        assertThat(r.conclusion()).contains(RESOLUTION);
        assertThat(r.recommendations()).extracting(Recommendation::adoption)
                .containsExactly(Adoption.ADOPTED, Adoption.NOT_ADOPTED);
        assertThat(r.followedUpRecommendations()).extracting(Recommendation::id).containsExactly(staff);
        assertThat(r.overdueRecommendations(LocalDate.of(2024, 1, 1))).extracting(Recommendation::id)
                .containsExactly(staff);
        assertThatThrownBy(() -> r.recordFollowUp(scanner,
                new FollowUp(LocalDate.of(2023, 5, 1), FollowUpStatus.DONE, "Đã mua", null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("không được Hội đồng nhân dân tiếp thu");
    }

    /**
     * The check a unit's progress report goes through (FollowUpProgressService.report) must refuse a recommendation
     * the council turned down too, not only the step recorded on the round: otherwise the unit's report entered the
     * append-only follow-up record and could never be accepted.
     */
    @Test
    void aRecommendationTheCouncilTurnedDownTakesNoProgressReport() {
        SupervisionRound r = approvedWithTwoRecommendations();
        Recommendation staff = r.recommendations().get(0);
        Recommendation scanner = r.recommendations().get(1);
        r.conclude(RESOLUTION, Set.of(staff.id()));

        assertThat(staff.checkFollowUp(FollowUpStatus.IN_PROGRESS).isAllowed()).isTrue();
        assertThat(scanner.checkFollowUp(FollowUpStatus.IN_PROGRESS).isAllowed()).isFalse();
        assertThatThrownBy(() -> scanner.checkFollowUp(FollowUpStatus.DONE).orThrow())
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("không được Hội đồng nhân dân tiếp thu");
    }

    @Test
    void aRoundClosesWhenTheAdoptedRecommendationsAreVerified() {
        SupervisionRound r = approvedWithTwoRecommendations();
        UUID staff = r.recommendations().get(0).id();
        r.conclude(RESOLUTION, Set.of(staff));
        r.moveTo(RoundStatus.PUBLISHED);
        r.recordFollowUp(staff, new FollowUp(LocalDate.of(2023, 5, 1), FollowUpStatus.DONE, "Đã bố trí", null));
        r.recordFollowUp(staff, new FollowUp(LocalDate.of(2023, 5, 2), FollowUpStatus.VERIFIED, "Đã kiểm tra", null));

        r.moveTo(RoundStatus.CLOSED);

        assertThat(r.status()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void theCouncilConcludesOnlyOnAnApprovedReportOnceAndNotBeforeTheApproval() {
        SupervisionRound reportedOnly = SupervisionRoundTest.reported();
        assertThatThrownBy(() -> reportedOnly.conclude(RESOLUTION, Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã được phê duyệt");
        assertThatThrownBy(() -> SupervisionRoundTest.inProgress().conclude(RESOLUTION, Set.of()))
                .isInstanceOf(DomainRuleViolation.class);

        SupervisionRound r = approvedWithTwoRecommendations();
        CouncilConclusion early = new CouncilConclusion(ConclusionKind.CONCLUSION, "07/KL-HĐND",
                LocalDate.of(2023, 3, 31), "Kết luận.", "Yêu cầu.");
        assertThatThrownBy(() -> r.conclude(early, Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("trước ngày phê duyệt");
        assertThatThrownBy(() -> r.conclude(RESOLUTION, Set.of(UUID.randomUUID())))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Không tìm thấy kiến nghị");
        assertThat(r.conclusion()).isEmpty();

        r.conclude(RESOLUTION, Set.of());
        assertThatThrownBy(() -> r.conclude(RESOLUTION, Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã có Nghị quyết số 15/NQ-HĐND");
    }

    @Test
    void theNumberCarriesTheSymbolOfItsKind() {
        assertThatThrownBy(() -> new CouncilConclusion(ConclusionKind.CONCLUSION, "15/NQ-HĐND",
                LocalDate.of(2023, 4, 20), "Nội dung", "Quyết định"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("15/KL-HĐND");
        assertThat(new CouncilConclusion(ConclusionKind.CONCLUSION, " 07 / KL-HĐND ", LocalDate.of(2023, 4, 20),
                "Nội dung", "Quyết định").citation()).isEqualTo("Kết luận số 07/KL-HĐND ngày 20/04/2023");
        assertThatThrownBy(() -> new CouncilConclusion(ConclusionKind.RESOLUTION, "15/NQ-HĐND",
                LocalDate.of(2023, 4, 20), " ", "Quyết định")).isInstanceOf(DomainRuleViolation.class);
    }
}
