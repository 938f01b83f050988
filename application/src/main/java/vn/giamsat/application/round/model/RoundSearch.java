package vn.giamsat.application.round.model;

import vn.giamsat.domain.round.RoundStatus;

/**
 * @param text   words that must all occur in the resolution number, subject or issuing council, without case or
 *               diacritics
 * @param status {@code null} for every status
 */
public record RoundSearch(String text, RoundStatus status) {
    public RoundSearch {
        text = text == null ? "" : text.strip();
    }

    public static RoundSearch everything() {
        return new RoundSearch("", null);
    }
}
