package vn.giamsat.adapters.persistence.imports;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import vn.giamsat.domain.figures.Channel;

/** Parsing of the cells of a dossier file; each method answers null for a value it cannot read. */
final class FieldParsers {
    private FieldParsers() {}

    /** Thrown for a date that has the right shape but cannot exist, like 30/02/2024. */
    static final class ImpossibleDate extends Exception {
        ImpossibleDate(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * "2024-02-05", "2024-02-05 09:30", "2024-02-05T09:30:15", "05/02/2024", "05/02/2024 09:30[:15]"; null when
     * the shape is none of these.
     */
    static LocalDateTime dateTime(String s) throws ImpossibleDate {
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
            return null;
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
    static Channel channel(String s) {
        String f = TextFold.fold(s);
        return switch (f) {
            case "1", "direct", "truc tiep" -> Channel.DIRECT;
            case "2", "online", "truc tuyen", "dich vu cong truc tuyen" -> Channel.ONLINE;
            case "3", "postal", "buu chinh", "buu chinh cong ich", "bccI", "bcci" -> Channel.POSTAL;
            default -> null;
        };
    }

    /** 1/0, true/false, có/không, yes/no, x/empty-not-allowed. */
    static Boolean flag(String s) {
        return switch (TextFold.fold(s)) {
            case "1", "true", "co", "yes", "x" -> Boolean.TRUE;
            case "0", "false", "khong", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
