package vn.giamsat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void bothEndsAreIncluded() {
        Period p = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30));
        assertThat(p.contains(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2022, 12, 30))).isTrue();
        assertThat(p.contains(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(p.toVietnamese()).isEqualTo("01/01/2021 – 30/12/2022");
        assertThat(p.encloses(Period.year(2021))).isTrue();
    }

    @Test
    void aReversedPeriodIsRefusedWithBothDates() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageStartingWith("Kỳ không hợp lệ: ngày kết thúc 01/01/2021 trước ngày bắt đầu 01/01/2022.");
    }

    @Test
    void requireNamesTheField() {
        assertThatThrownBy(() -> Require.text("  ", 10, "tên đơn vị", "unit name"))
                .hasMessage("Tên đơn vị không được để trống. / Unit name must not be blank.");
        assertThatThrownBy(() -> Require.text("x".repeat(11), 10, "tên đơn vị", "unit name"))
                .hasMessageContaining("dài quá 10 ký tự (đang có 11)");
    }
}
