package vn.giamsat.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.Period;

class ValidityTest {
    /** Merged on 1 July 2025: it existed until 30 June. */
    private final Validity merged = new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1));

    @Test
    void a_unit_overlaps_a_period_in_which_it_existed_for_at_least_one_day() {
        assertThat(merged.overlaps(Period.year(2025))).as("ended within the year").isTrue();
        assertThat(merged.overlaps(Period.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30)))).isTrue();
        assertThat(merged.overlaps(Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))))
                .as("the end day is exclusive").isFalse();
        assertThat(merged.overlaps(Period.year(2019))).as("before it began").isFalse();
        assertThat(merged.overlaps(Period.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 1)))).isTrue();
        assertThat(Validity.since(LocalDate.of(2025, 7, 1)).overlaps(Period.year(2030))).as("open-ended").isTrue();
    }
}
