package vn.giamsat.domain.common;

import java.util.Collection;

/** Argument checks that fail with a {@link Reason} naming the field, so a form can show it beside the field. */
public final class Require {
    private Require() {}

    public static <T> T present(T value, String fieldVi, String fieldEn) {
        if (value == null) {
            throw new DomainRuleViolation(Reason.of("required." + fieldEn.replace(' ', '-'),
                    "Thiếu " + fieldVi + ".", "Missing " + fieldEn + "."));
        }
        return value;
    }

    public static String text(String value, int maxLength, String fieldVi, String fieldEn) {
        present(value, fieldVi, fieldEn);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new DomainRuleViolation(Reason.of("required." + fieldEn.replace(' ', '-'),
                    fieldViCapitalized(fieldVi) + " không được để trống.", capitalized(fieldEn) + " must not be blank."));
        }
        if (trimmed.length() > maxLength) {
            throw new DomainRuleViolation(Reason.of("too-long." + fieldEn.replace(' ', '-'),
                    fieldViCapitalized(fieldVi) + " dài quá " + maxLength + " ký tự (đang có " + trimmed.length() + ").",
                    capitalized(fieldEn) + " is longer than " + maxLength + " characters (" + trimmed.length() + ")."));
        }
        return trimmed;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String fieldVi, String fieldEn) {
        present(values, fieldVi, fieldEn);
        if (values.isEmpty()) {
            throw new DomainRuleViolation(Reason.of("required." + fieldEn.replace(' ', '-'),
                    "Cần ít nhất một " + fieldVi + ".", "At least one " + fieldEn + " is required."));
        }
        return values;
    }

    private static String fieldViCapitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
