package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;

/** Issue 15.8: each round names the supervision law it is carried out under, chosen by its resolution's date. */
class LegalBasisTest {

    private static SupervisionRound roundOf(LocalDate resolutionDate) {
        return SupervisionRound.establish(SupervisionRoundTest.COUNCIL,
                new Resolution(ResolutionNumber.of("5/NQ-HĐND"), resolutionDate, "Hội đồng nhân dân thành phố Đà Nẵng"),
                "Giám sát cơ chế một cửa", Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void law_87_2015_before_1_march_2026_and_law_121_2025_from_that_day() {
        assertThat(roundOf(LocalDate.of(2022, 12, 20)).legalBasis().text())
                .isEqualTo("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13");
        assertThat(roundOf(LocalDate.of(2026, 2, 28)).legalBasis()).isEqualTo(LegalBasis.LAW_87_2015);
        assertThat(roundOf(LocalDate.of(2026, 3, 1)).legalBasis().text())
                .isEqualTo("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15");
    }

    @Test
    void staff_reword_it_until_the_head_approves_and_a_new_resolution_date_moves_only_the_default() {
        SupervisionRound round = roundOf(LocalDate.of(2026, 2, 20));
        round.revise(new Resolution(ResolutionNumber.of("5/NQ-HĐND"), LocalDate.of(2026, 3, 5),
                "Hội đồng nhân dân thành phố Đà Nẵng"), round.subject(), round.period());
        assertThat(round.legalBasis()).isEqualTo(LegalBasis.LAW_121_2025);

        LegalBasis worded = new LegalBasis(LegalBasis.LAW_121_2025.text() + "; Luật Tổ chức chính quyền địa phương");
        round.reviseLegalBasis(worded);
        round.revise(new Resolution(ResolutionNumber.of("5/NQ-HĐND"), LocalDate.of(2026, 3, 6),
                "Hội đồng nhân dân thành phố Đà Nẵng"), round.subject(), round.period());
        assertThat(round.legalBasis()).isEqualTo(worded);

        SupervisionRound approved = SupervisionRoundTest.reported();
        approved.approve(SupervisionRoundTest.HEAD.fullName(), Instant.parse("2023-04-01T02:00:00Z"));
        assertThatThrownBy(() -> approved.reviseLegalBasis(LegalBasis.LAW_121_2025))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("phê duyệt");
        assertThat(approved.legalBasis()).isEqualTo(LegalBasis.LAW_87_2015);
    }
}
