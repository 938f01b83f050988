package vn.giamsat.domain.common;

import java.util.Objects;

/**
 * Why something was refused, worded for the person who asked (Vietnamese first, English second).
 *
 * @param code       stable identifier, for tests and logs
 * @param vietnamese the message shown in the Vietnamese UI
 * @param english    the message shown in the English UI
 */
public record Reason(String code, String vietnamese, String english) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
    }

    public static Reason of(String code, String vietnamese, String english) {
        return new Reason(code, vietnamese, english);
    }

    @Override
    public String toString() {
        return vietnamese + " / " + english;
    }
}
