package vn.giamsat.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.RoundId;

/** Issue 14.3: a correction of frozen figures says what it changes and why, and needs a second pair of eyes. */
class FiguresCorrectionTest {
    static final RoundId ROUND = RoundId.random();
    static final FiguresCorrection.Person HOA = new FiguresCorrection.Person("vanphong", "Lê Thị Hoa");
    static final FiguresCorrection.Person NAM = new FiguresCorrection.Person("vanphong2", "Ngô Văn Nam");
    static final HandlingFigures BEFORE = SeedFigures.phuThinh();
    static final Instant AT = Instant.parse("2023-05-02T03:00:00Z");

    static HandlingFigures corrected() {
        HandlingFigures f = BEFORE;
        return HandlingFigures.builder(f.unit(), f.period(), f.source()).received(1062).early(976).onTime(46).late(40)
                .receivedOnline(58).build();
    }

    @Test
    void it_says_what_it_changes_field_by_field_with_not_reported_never_zero() {
        FiguresCorrection c = FiguresCorrection.propose(ROUND, BEFORE, corrected(), "Sai số trễ hạn", HOA, AT);

        assertThat(c.status()).isEqualTo(CorrectionStatus.PENDING);
        assertThat(c.changes()).extracting(ch -> ch.text(true))
                .containsExactly("Đúng hạn: 44 → 46", "Quá hạn: 42 → 40");
    }

    @Test
    void a_reason_is_required_and_the_figures_must_change_and_stay_the_same_figures() {
        assertThatThrownBy(() -> FiguresCorrection.propose(ROUND, BEFORE, corrected(), "  ", HOA, AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Lý do đính chính");
        assertThatThrownBy(() -> FiguresCorrection.propose(ROUND, BEFORE, BEFORE, "x", HOA, AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("giống hệt");
        HandlingFigures otherPeriod = HandlingFigures.builder(BEFORE.unit(), Period.year(2022),
                FiguresSource.SELF_REPORTED).received(1).build();
        assertThatThrownBy(() -> FiguresCorrection.propose(ROUND, BEFORE, otherPeriod, "x", HOA, AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("không được đổi đơn vị, kỳ");
    }

    @Test
    void whoever_proposed_it_cannot_approve_it_but_may_withdraw_it_and_a_review_is_final() {
        FiguresCorrection c = FiguresCorrection.propose(ROUND, BEFORE, corrected(), "Sai số trễ hạn", HOA, AT);

        assertThatThrownBy(() -> c.approve(HOA, AT)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("không tự duyệt");
        FiguresCorrection approved = c.approve(NAM, AT.plusSeconds(60));
        assertThat(approved.status()).isEqualTo(CorrectionStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo(NAM);
        assertThatThrownBy(() -> approved.reject(NAM, AT)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("đã được xem xét");
        assertThat(c.reject(HOA, AT).status()).isEqualTo(CorrectionStatus.REJECTED);
    }
}
