package vn.giamsat.application.publication.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for search: no tone or vowel marks, đ read as d, lower case. "Đăng ký kết hôn" and
 * "dang ky ket hon" fold to the same words, whatever Unicode form (composed or not) either was typed in.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");

    private SearchText() {}

    public static String fold(String text) {
        // đ/Đ are letters of their own, not d with a mark: Unicode does not decompose them.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a query; an empty list matches everything. */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(NOT_WORD.split(fold(query))).filter(w -> !w.isEmpty()).toList();
    }

    /** True when every word occurs in the folded text (as a word prefix, so "ket" finds "kết" but not "biết"). */
    public static boolean matches(String foldedText, List<String> words) {
        String padded = " " + NOT_WORD.matcher(foldedText).replaceAll(" ") + " ";
        return words.stream().allMatch(w -> padded.contains(" " + w));
    }
}
