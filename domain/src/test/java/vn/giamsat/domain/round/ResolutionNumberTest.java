package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giamsat.domain.common.DomainRuleViolation;

class ResolutionNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"21/NQ-HĐND", "1659/NQ-UBTVQH15", "05/2023/NQ-HĐND"})
    void acceptsUsualNumbers(String n) {
        assertThat(ResolutionNumber.of(n).value()).isEqualTo(n);
    }

    @Test
    void decomposedVietnameseTextIsNormalised() {
        String nfd = Normalizer.normalize("21/NQ-HĐND", Normalizer.Form.NFD);
        assertThat(ResolutionNumber.of(" " + nfd + " ")).isEqualTo(ResolutionNumber.of("21/NQ-HĐND"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "NQ-HĐND", "21/QĐ-UBND", "abc/NQ-HĐND"})
    void refusesOtherShapesWithAnExample(String n) {
        assertThatThrownBy(() -> ResolutionNumber.of(n)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("ví dụ 21/NQ-HĐND");
    }
}
