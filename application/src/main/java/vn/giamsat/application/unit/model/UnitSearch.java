package vn.giamsat.application.unit.model;

import java.time.LocalDate;
import vn.giamsat.domain.unit.UnitKind;

/**
 * @param text  words that must all occur in the code or the name, compared without case or diacritics
 * @param asOf  only units that existed on that day; {@code null} for all of history
 * @param state {@code null} for every state
 */
public record UnitSearch(String text, UnitKind kind, UnitState state, LocalDate asOf) {
    public UnitSearch {
        text = text == null ? "" : text.strip();
    }

    public static UnitSearch everything() {
        return new UnitSearch("", null, null, null);
    }
}
