package vn.giamsat.application.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.giamsat.domain.figures.Channel;

/**
 * The one reading of the cells of an imported file — dates, counts, channels, flags — shared by the dossier
 * import and the figures import. Each method answers null for a value it cannot read; the caller names the
 * line and column in its rejection.
 */
public final class FieldParser {
    private FieldParser() {}

    /** Thrown for a date that has the right shape but cannot exist, like 30/02/2024 or the year 1800. */
    public static final class ImpossibleDate extends Exception {
        ImpossibleDate(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * "2024-02-05", "2024-02-05 09:30", "2024-02-05T09:30:15", "05/02/2024", "5/2/2024", "05/02/2024 09:30[:15]";
     * null when the shape is none of these.
     */
    public static LocalDateTime dateTime(String s) throws ImpossibleDate {
        int n = s.length();
        int y, mo, d, rest;
        if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            y = digits(s, 0, 4);
            mo = digits(s, 5, 2);
            d = digits(s, 8, 2);
            rest = 10;
        } else if (n >= 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
            d = digits(s, 0, 2);
            mo = digits(s, 3, 2);
            y = digits(s, 6, 4);
            rest = 10;
        } else {
            // Day and month of one digit, as "d/M/yyyy" (a Vietnamese report's "5/2/2024").
            int a = s.indexOf('/');
            int b = a < 0 ? -1 : s.indexOf('/', a + 1);
            if (a < 1 || a > 2 || b < a + 2 || b > a + 3 || n < b + 5) {
                return null;
            }
            d = digits(s, 0, a);
            mo = digits(s, a + 1, b - a - 1);
            y = digits(s, b + 1, 4);
            rest = b + 5;
        }
        if (y < 0 || mo < 0 || d < 0) {
            return null;
        }
        int h = 0, mi = 0, se = 0;
        if (n > rest) {
            char sep = s.charAt(rest);
            if ((sep != ' ' && sep != 'T') || (n != rest + 6 && n != rest + 9) || s.charAt(rest + 3) != ':') {
                return null;
            }
            h = digits(s, rest + 1, 2);
            mi = digits(s, rest + 4, 2);
            if (n == rest + 9) {
                if (s.charAt(rest + 6) != ':') {
                    return null;
                }
                se = digits(s, rest + 7, 2);
            }
            if (h < 0 || mi < 0 || se < 0) {
                return null;
            }
        }
        if (y < 1990 || y > 2100) {
            throw new ImpossibleDate("year " + y);
        }
        try {
            return LocalDateTime.of(y, mo, d, h, mi, se);
        } catch (DateTimeException e) {
            throw new ImpossibleDate(e.getMessage());
        }
    }

    /** A day written as {@link #dateTime}; a time of day, if any, is dropped. */
    public static LocalDate date(String s) throws ImpossibleDate {
        LocalDateTime t = dateTime(s);
        return t == null ? null : t.toLocalDate();
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** National codes 1/2/3, the English names, or the Vietnamese words. */
    public static Channel channel(String s) {
        return switch (TextFold.fold(s)) {
            case "1", "direct", "truc tiep" -> Channel.DIRECT;
            case "2", "online", "truc tuyen", "dich vu cong truc tuyen" -> Channel.ONLINE;
            case "3", "postal", "buu chinh", "buu chinh cong ich", "bcci" -> Channel.POSTAL;
            default -> null;
        };
    }

    /** 1/0, true/false, có/không, yes/no, x. */
    public static Boolean flag(String s) {
        return switch (TextFold.fold(s)) {
            case "1", "true", "co", "yes", "x" -> Boolean.TRUE;
            case "0", "false", "khong", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * A number of dossiers: "1.062" and "1 062" are 1062, as Vietnamese reports write thousands, and "12,0" is 12
     * (a spreadsheet number exported as text). Null when the text is not a whole count of at most 12 digits.
     */
    public static Long count(String s) {
        String digits = s.strip().replace(".", "").replace(" ", "").replace("\u00a0", "");
        if (digits.endsWith(",0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        if (digits.isEmpty() || digits.length() > 12) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }
}
