package vn.giamsat.application.common;

/**
 * Text cells of the CSV and XLSX files the system writes (open data, the import's rejection report, the comparison,
 * the figures template), made safe to open in a spreadsheet (OWASP "CSV injection"): a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula (e.g. {@code =HYPERLINK(…)}
 * or a DDE call), so it is written behind one apostrophe, which a spreadsheet shows as text. The project's own
 * importers read such a cell back as the original text ({@link #restore}).
 *
 * <p>For text only (names, statements, reasons, file names, messages): numbers are written as numbers (XLSX) or by
 * their writer as digits (a signed difference "+2" or "-1" in the comparison is a number, and a formula made of a
 * number runs nothing). A text that itself starts with apostrophes before such a character gets one more, so that
 * {@code restore(neutralize(t)).equals(t)} for every text.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {}

    /** The text to write in a cell: unchanged, or behind one apostrophe if a spreadsheet would run it. */
    public static String neutralize(String text) {
        return text != null && startsFormula(text, 0) ? "'" + text : text;
    }

    /** A cell as read by an importer: one apostrophe written by {@link #neutralize} is removed, nothing else. */
    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == '\'' && startsFormula(cell, 1)
                ? cell.substring(1) : cell;
    }

    /** Whether the text from {@code from} on, past any apostrophes, starts with a character that starts a formula. */
    private static boolean startsFormula(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
