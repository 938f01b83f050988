package vn.giamsat.application.common;

import java.text.Normalizer;

/**
 * Vietnamese words compared without case, diacritics or spacing: "Trực tuyến" written in NFC, in NFD (as some
 * Mac and web exports write it) or without marks at all folds to "truc tuyen".
 */
public final class TextFold {
    private TextFold() {}

    public static String fold(String s) {
        String t = s.strip();
        boolean ascii = true;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("")
                    .replace('đ', 'd').replace('Đ', 'D');
        }
        // Lower case, '_' as a space, runs of spaces as one: without regular expressions, it runs per cell.
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
            }
            space = false;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** NFC, for text that is kept (codes are ASCII; anything else stays as Vietnamese users typed it). */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
