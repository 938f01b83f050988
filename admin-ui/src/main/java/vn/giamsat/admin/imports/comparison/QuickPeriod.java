package vn.giamsat.admin.imports.comparison;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.domain.common.Period;

/** A period offered with one click: a year, a quarter or a month, the most recent first. */
record QuickPeriod(Kind kind, int number, int year, Period period) {
    enum Kind { YEAR, QUARTER, MONTH }

    /** The last five years, the last eight quarters and the last twelve months up to the one holding {@code today}. */
    static List<QuickPeriod> upTo(LocalDate today) {
        List<QuickPeriod> out = new ArrayList<>();
        for (int y = today.getYear(); y > today.getYear() - 5; y--) {
            out.add(new QuickPeriod(Kind.YEAR, y, y, Period.year(y)));
        }
        YearMonth quarterStart = YearMonth.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1);
        for (int i = 0; i < 8; i++) {
            YearMonth start = quarterStart.minusMonths(3L * i);
            out.add(new QuickPeriod(Kind.QUARTER, (start.getMonthValue() - 1) / 3 + 1, start.getYear(),
                    Period.of(start.atDay(1), start.plusMonths(2).atEndOfMonth())));
        }
        YearMonth month = YearMonth.from(today);
        for (int i = 0; i < 12; i++) {
            YearMonth m = month.minusMonths(i);
            out.add(new QuickPeriod(Kind.MONTH, m.getMonthValue(), m.getYear(), Period.of(m.atDay(1), m.atEndOfMonth())));
        }
        return out;
    }

    /** The whole months a period touches: what figures computed per month of receipt cover. */
    static Period wholeMonths(Period period) {
        return Period.of(period.from().withDayOfMonth(1), YearMonth.from(period.to()).atEndOfMonth());
    }
}
