package vn.giamsat.domain.common;

import java.util.Collection;

/**
 * Argument checks that fail with a {@link Reason} naming the field, so a form can show it beside the field: the
 * reason's code is the field's {@link FieldName#required()} or {@link FieldName#tooLong()}.
 */
public final class Require {
    private Require() {}

    public static <T> T present(T value, FieldName field) {
        if (value == null) {
            throw new DomainRuleViolation(Reason.of(field.required(),
                    "Thiếu " + field.vietnamese() + ".", "Missing " + field.english() + "."));
        }
        return value;
    }

    public static String text(String value, int maxLength, FieldName field) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainRuleViolation(Reason.of(field.required(),
                    capitalized(field.vietnamese()) + " không được để trống.",
                    capitalized(field.english()) + " must not be blank."));
        }
        if (trimmed.length() > maxLength) {
            throw new DomainRuleViolation(Reason.of(field.tooLong(),
                    capitalized(field.vietnamese()) + " dài quá " + maxLength + " ký tự (đang có " + trimmed.length() + ").",
                    capitalized(field.english()) + " is longer than " + maxLength + " characters (" + trimmed.length() + ")."));
        }
        return trimmed;
    }

    public static <C extends Collection<?>> C notEmpty(C values, FieldName field) {
        present(values, field);
        if (values.isEmpty()) {
            throw new DomainRuleViolation(Reason.of(field.required(),
                    "Cần ít nhất một " + field.vietnamese() + ".", "At least one " + field.english() + " is required."));
        }
        return values;
    }

    /** As {@link #present(Object, FieldName)}, for a field no form maps: its key is the English name, hyphenated. */
    public static <T> T present(T value, String fieldVi, String fieldEn) {
        return present(value, unmapped(fieldVi, fieldEn));
    }

    /** As {@link #text(String, int, FieldName)}, for a field no form maps. */
    public static String text(String value, int maxLength, String fieldVi, String fieldEn) {
        return text(value, maxLength, unmapped(fieldVi, fieldEn));
    }

    /** As {@link #notEmpty(Collection, FieldName)}, for a field no form maps. */
    public static <C extends Collection<?>> C notEmpty(C values, String fieldVi, String fieldEn) {
        return notEmpty(values, unmapped(fieldVi, fieldEn));
    }

    private static FieldName unmapped(String fieldVi, String fieldEn) {
        return new FieldName(fieldEn.replace(' ', '-'), fieldVi, fieldEn);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
