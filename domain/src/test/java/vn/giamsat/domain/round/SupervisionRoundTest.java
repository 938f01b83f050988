package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.unit.UnitId;

class SupervisionRoundTest {
    static final UnitId COUNCIL = UnitId.random();
    static final UnitId PHU_THINH = UnitId.random();
    static final DelegationMember HEAD = new DelegationMember("Phan Thanh Thám", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD);
    static final DelegationMember DEPUTY = new DelegationMember("Nguyễn Hữu Bình", null, DelegationRole.DEPUTY_HEAD);

    static SupervisionRound draft() {
        return SupervisionRound.establish(COUNCIL,
                new Resolution(ResolutionNumber.of("21/NQ-HĐND"), LocalDate.of(2022, 12, 20), "Hội đồng nhân dân huyện Phú Ninh"),
                "Giám sát cơ chế một cửa", Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30)));
    }

    static SupervisionRound planned() {
        SupervisionRound r = draft();
        r.includeUnit(PHU_THINH);
        r.appoint(HEAD);
        r.appoint(DEPUTY);
        r.moveTo(RoundStatus.PLANNED);
        return r;
    }

    static SupervisionRound inProgress() {
        SupervisionRound r = planned();
        r.scheduleVisit(new Visit(PHU_THINH, LocalDate.of(2023, 3, 1), null));
        r.moveTo(RoundStatus.IN_PROGRESS);
        return r;
    }

    static SupervisionRound reported() {
        SupervisionRound r = inProgress();
        r.recordFinding(Finding.overall(FindingKind.STRENGTH, "Trang thiết bị cơ bản đáp ứng yêu cầu."));
        r.moveTo(RoundStatus.REPORTED);
        return r;
    }

    static SupervisionRound published() {
        SupervisionRound r = reported();
        r.approve(HEAD.fullName(), Instant.parse("2023-04-01T02:00:00Z"));
        r.moveTo(RoundStatus.PUBLISHED);
        return r;
    }

    @Test
    void theWholeLifecycleInOrder() {
        SupervisionRound r = published();
        assertThat(r.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(r.approval()).map(Approval::approvedBy).contains("Phan Thanh Thám");
        r.moveTo(RoundStatus.CLOSED);
        assertThat(r.status()).isEqualTo(RoundStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = RoundStatus.class, names = {"IN_PROGRESS", "REPORTED", "PUBLISHED", "CLOSED"})
    void aDraftCannotSkipPlanning(RoundStatus to) {
        SupervisionRound r = draft();
        Decision d = RoundTransitionPolicy.check(r, to);
        assertThat(d).isInstanceOfSatisfying(Decision.Refused.class, refused ->
                assertThat(refused.reason().vietnamese()).startsWith("Không thể chuyển cuộc giám sát từ \"Dự thảo\""));
        assertThatThrownBy(() -> r.moveTo(to)).isInstanceOf(DomainRuleViolation.class);
        assertThat(r.status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void planningNeedsScopeAndAHead() {
        SupervisionRound r = draft();
        assertThat(reasonCode(RoundTransitionPolicy.check(r, RoundStatus.PLANNED))).isEqualTo("round.no-scope");
        r.includeUnit(PHU_THINH);
        assertThat(reasonCode(RoundTransitionPolicy.check(r, RoundStatus.PLANNED))).isEqualTo("round.no-head");
        r.appoint(HEAD);
        assertThat(RoundTransitionPolicy.check(r, RoundStatus.PLANNED).isAllowed()).isTrue();
    }

    @Test
    void startingNeedsAVisit() {
        SupervisionRound r = planned();
        assertThat(reasonCode(RoundTransitionPolicy.check(r, RoundStatus.IN_PROGRESS))).isEqualTo("round.no-visits");
    }

    @Test
    void reportingNeedsAFinding() {
        SupervisionRound r = inProgress();
        assertThat(reasonCode(RoundTransitionPolicy.check(r, RoundStatus.REPORTED))).isEqualTo("round.no-findings");
    }

    @Test
    void publishingNeedsTheHeadsApproval() {
        SupervisionRound r = reported();
        assertThatThrownBy(() -> r.moveTo(RoundStatus.PUBLISHED))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("chưa được Trưởng đoàn phê duyệt");
    }

    /** Who may approve is the access check's (the head, or the council office); the round records who did. */
    @Test
    void theApprovalRecordsWhoApprovedAndWhen() {
        SupervisionRound r = reported();
        r.approve("Lê Thị Hoa", Instant.parse("2023-04-02T03:00:00Z"));
        assertThat(r.approval()).contains(new Approval("Lê Thị Hoa", Instant.parse("2023-04-02T03:00:00Z")));
    }

    @Test
    void fromTheReportOnTheRoundsFiguresAreFrozenUntilAReportIsSentBack() {
        SupervisionRound r = inProgress();
        assertThat(r.status().freezesFigures()).as("still being read").isFalse();
        r.recordFinding(Finding.overall(FindingKind.LIMITATION, "Tỷ lệ hồ sơ trực tuyến thấp."));
        r.moveTo(RoundStatus.REPORTED);
        assertThat(r.status().freezesFigures()).isTrue();
        r.moveTo(RoundStatus.IN_PROGRESS);
        assertThat(r.status().freezesFigures()).as("a report sent back before approval").isFalse();
        assertThat(RoundStatus.PUBLISHED.freezesFigures()).isTrue();
        assertThat(RoundStatus.CLOSED.freezesFigures()).isTrue();
    }

    @Test
    void approvalOnlyOfAReportedRound() {
        SupervisionRound r = inProgress();
        assertThatThrownBy(() -> r.approve(HEAD.fullName(), Instant.now())).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Đang giám sát");
    }

    @Test
    void sendingAReportBackForRevisionDropsTheApproval() {
        SupervisionRound r = reported();
        r.approve(HEAD.fullName(), Instant.now());
        r.moveTo(RoundStatus.IN_PROGRESS);
        assertThat(r.approval()).isEmpty();
        r.moveTo(RoundStatus.REPORTED);
        assertThat(reasonCode(RoundTransitionPolicy.check(r, RoundStatus.PUBLISHED))).isEqualTo("round.not-approved");
    }

    @Test
    void closingNeedsEveryRecommendationVerified() {
        SupervisionRound r = inProgress();
        Recommendation rec = Recommendation.create(PHU_THINH, "UBND thị trấn Phú Thịnh", "Tăng hồ sơ trực tuyến",
                LocalDate.of(2023, 6, 30));
        r.recommend(rec);
        r.recordFinding(Finding.overall(FindingKind.LIMITATION, "Tỷ lệ hồ sơ trực tuyến thấp."));
        r.moveTo(RoundStatus.REPORTED);
        r.approve(HEAD.fullName(), Instant.now());
        r.moveTo(RoundStatus.PUBLISHED);
        assertThat(reasonCode(RoundTransitionPolicy.check(r, RoundStatus.CLOSED))).isEqualTo("round.open-recommendations");
        r.recordFollowUp(rec.id(), new FollowUp(LocalDate.of(2023, 5, 1), FollowUpStatus.DONE, "Đã triển khai", "Báo cáo số 12/BC-UBND"));
        r.recordFollowUp(rec.id(), new FollowUp(LocalDate.of(2023, 7, 1), FollowUpStatus.VERIFIED, null, null));
        r.moveTo(RoundStatus.CLOSED);
        assertThat(r.status()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void setupIsFrozenOnceTheDelegationStarts() {
        SupervisionRound r = inProgress();
        assertThatThrownBy(() -> r.includeUnit(UnitId.random())).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("\"Đang giám sát\"");
        assertThatThrownBy(() -> r.appoint(new DelegationMember("A", null, DelegationRole.MEMBER)))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void findingsAreFrozenWhileTheReportAwaitsApproval() {
        SupervisionRound r = reported();
        assertThatThrownBy(() -> r.recordFinding(Finding.overall(FindingKind.CAUSE, "x")))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aDelegationHasOneHead() {
        SupervisionRound r = draft();
        r.appoint(HEAD);
        assertThatThrownBy(() -> r.appoint(new DelegationMember("Người thứ hai", null, DelegationRole.HEAD)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("chỉ có một Trưởng đoàn");
    }

    @Test
    void findingsAndVisitsOnlyForUnitsInScope() {
        SupervisionRound r = planned();
        UnitId outside = UnitId.random();
        assertThatThrownBy(() -> r.scheduleVisit(new Visit(outside, LocalDate.of(2023, 3, 1), null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("phạm vi giám sát");
        assertThatThrownBy(() -> r.recordFinding(Finding.about(outside, FindingKind.STRENGTH, "x")))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void followUpMovesOnlyForward() {
        SupervisionRound r = inProgress();
        Recommendation rec = Recommendation.create(null, "UBND các xã", "Niêm yết đầy đủ TTHC", null);
        r.recommend(rec);
        assertThatThrownBy(() -> r.recordFollowUp(rec.id(),
                new FollowUp(LocalDate.of(2023, 5, 1), FollowUpStatus.DONE, null, null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("cập nhật kết quả thực hiện kiến nghị");
        r.recordFinding(Finding.overall(FindingKind.STRENGTH, "x"));
        r.moveTo(RoundStatus.REPORTED);
        assertThatThrownBy(() -> r.recordFollowUp(rec.id(),
                new FollowUp(LocalDate.of(2023, 5, 1), FollowUpStatus.VERIFIED, null, null)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("\"Chưa thực hiện\" sang \"Đã kiểm tra, xác nhận\"");
    }

    @Test
    void aRecommendationPastItsDueDateAndNotDoneIsOverdue() {
        Recommendation rec = Recommendation.create(null, "UBND xã", "x", LocalDate.of(2023, 6, 30));
        assertThat(rec.isOverdueOn(LocalDate.of(2023, 6, 30))).isFalse();
        assertThat(rec.isOverdueOn(LocalDate.of(2023, 7, 1))).isTrue();
        assertThat(Recommendation.create(null, "UBND xã", "x", null).isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aClosedRoundGoesNowhere() {
        SupervisionRound r = published();
        r.moveTo(RoundStatus.CLOSED);
        for (RoundStatus s : RoundStatus.values()) {
            assertThat(RoundTransitionPolicy.check(r, s).isAllowed()).isFalse();
        }
    }

    private static String reasonCode(Decision d) {
        return d instanceof Decision.Refused(var reason) ? reason.code() : "allowed";
    }
}
