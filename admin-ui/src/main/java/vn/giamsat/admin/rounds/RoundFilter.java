package vn.giamsat.admin.rounds;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.giamsat.application.port.in.RoundSummary;

/**
 * Matches rounds against what the user typed, ignoring case and Vietnamese diacritics, so "tam dan" finds
 * "Tam Dân" and "hdnd" finds "HĐND". Every word typed must occur somewhere in the row as shown.
 */
final class RoundFilter implements Predicate<RoundSummary> {
    private final String[] words;
    private final Function<RoundSummary, String> statusLabel;

    RoundFilter(String typed, Function<RoundSummary, String> statusLabel) {
        String folded = fold(typed == null ? "" : typed.strip());
        this.words = folded.isEmpty() ? new String[0] : folded.split("\\s+");
        this.statusLabel = statusLabel;
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    @Override
    public boolean test(RoundSummary round) {
        if (words.length == 0) {
            return true;
        }
        String haystack = fold(String.join(" ", Stream.of(
                round.resolutionNumber(), RoundsView.DATE.format(round.resolutionDate()), round.subject(),
                round.issuingCouncil(), round.period().toVietnamese(), statusLabel.apply(round)).toList()));
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
