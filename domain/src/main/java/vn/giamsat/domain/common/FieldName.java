package vn.giamsat.domain.common;

import java.util.Objects;

/**
 * A value a rule asks for, named for the person who must give it, with the stable key its refusal codes are built
 * from: a missing unit name is refused with {@code required.unit-name}, an overlong one with {@code too-long.unit-name}.
 * Each field is declared once, as a constant of its capability ({@code UnitReasons.NAME}); the rule that refuses and
 * the form that puts the refusal beside its field both use that constant, so no code is typed twice.
 *
 * @param key        stable part of the codes (lower case, words joined by "-"): tests and logs rely on it
 * @param vietnamese the field's name in a Vietnamese sentence ("tên đơn vị")
 * @param english    the field's name in an English sentence ("unit name")
 */
public record FieldName(String key, String vietnamese, String english) {
    public static final String REQUIRED = "required.";
    public static final String TOO_LONG = "too-long.";

    public FieldName {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a field key is lower-case words joined by '-': " + key);
        }
    }

    public static FieldName of(String key, String vietnamese, String english) {
        return new FieldName(key, vietnamese, english);
    }

    /** The code of a refusal because the field is missing or blank. */
    public String required() {
        return REQUIRED + key;
    }

    /** The code of a refusal because the field's text is longer than allowed. */
    public String tooLong() {
        return TOO_LONG + key;
    }

    /** Whether a refusal's code is one of this field's: missing, blank or too long. */
    public boolean isAbout(String code) {
        return required().equals(code) || tooLong().equals(code);
    }
}
