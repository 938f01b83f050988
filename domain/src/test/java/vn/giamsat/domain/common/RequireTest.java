package vn.giamsat.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.unit.UnitReasons;

/** A refusal names its field by the field's constant; the codes keep the values forms and logs know. */
class RequireTest {

    private static Reason refusal(Runnable rule) {
        return catchThrowableOfType(DomainRuleViolation.class, rule::run).reason();
    }

    @Test
    void a_missing_blank_or_overlong_field_is_refused_with_the_codes_of_its_constant() {
        Reason missing = refusal(() -> Require.present(null, UnitReasons.KIND));
        assertThat(missing.code()).isEqualTo(UnitReasons.KIND.required()).isEqualTo("required.unit-kind");
        assertThat(missing.vietnamese()).isEqualTo("Thiếu loại đơn vị.");

        Reason blank = refusal(() -> Require.text("  ", 200, UnitReasons.NAME));
        assertThat(blank.code()).isEqualTo("required.unit-name");
        assertThat(blank.english()).isEqualTo("Unit name must not be blank.");

        Reason tooLong = refusal(() -> Require.text("x".repeat(201), 200, UnitReasons.NAME));
        assertThat(tooLong.code()).isEqualTo(UnitReasons.NAME.tooLong()).isEqualTo("too-long.unit-name");
        assertThat(tooLong.vietnamese()).isEqualTo("Tên đơn vị dài quá 200 ký tự (đang có 201).");

        assertThat(refusal(() -> Require.notEmpty(List.of(), UnitReasons.MERGED_UNIT)).code())
                .isEqualTo("required.merged-unit");
        assertThat(Require.text("  Tam Đàn ", 200, UnitReasons.NAME)).isEqualTo("Tam Đàn");
    }

    @Test
    void a_field_no_form_maps_keeps_its_code_from_the_english_name() {
        assertThat(refusal(() -> Require.present(null, "ngày kết thúc kỳ", "period end")).code())
                .isEqualTo("required.period-end");
        assertThat(refusal(() -> Require.text("", 10, "kết quả thực hiện", "follow-up")).code())
                .isEqualTo("required.follow-up");
    }

    @Test
    void a_form_recognises_its_field_refusals_by_the_constant_and_not_by_a_word_in_the_code() {
        assertThat(UnitReasons.NAME.isAbout("required.unit-name")).isTrue();
        assertThat(UnitReasons.NAME.isAbout("too-long.unit-name")).isTrue();
        assertThat(UnitReasons.UNIT.isAbout("required.unit-name")).as("another field, though the code starts alike")
                .isFalse();
        assertThat(UnitReasons.NAME.isAbout(UnitReasons.CODE_TAKEN)).isFalse();
    }

    @Test
    void a_field_key_is_lower_case_words_joined_by_hyphens() {
        assertThatIllegalArgumentException().isThrownBy(() -> FieldName.of("Unit name", "tên đơn vị", "unit name"));
    }
}
