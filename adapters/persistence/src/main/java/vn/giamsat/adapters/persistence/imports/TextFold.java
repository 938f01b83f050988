package vn.giamsat.adapters.persistence.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese words compared without case, diacritics or spacing: "Trực tuyến" written in NFC, in NFD (as some
 * Mac and web exports write it) or without marks at all folds to "truc tuyen".
 */
final class TextFold {
    private TextFold() {}

    static String fold(String s) {
        String t = s.strip();
        boolean ascii = true;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replace('đ', 'd').replace('Đ', 'D');
        }
        return t.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }

    /** NFC, for text that is kept (codes are ASCII; anything else stays as Vietnamese users typed it). */
    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
