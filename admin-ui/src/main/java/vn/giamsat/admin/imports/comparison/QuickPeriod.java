package vn.giamsat.admin.imports.comparison;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;

/**
 * A period offered with one click: a year, quarter or month (then half years and nine months), the most recent
 * first, on one {@link ReportPeriod.Basis}: calendar months, or the data cut-off of the periodic-report rules (15th
 * of the month before to the 14th).
 */
record QuickPeriod(Kind kind, int number, int year, Period period, ReportPeriod.Basis basis) {
    enum Kind {
        YEAR(ReportPeriod.Kind.YEAR), QUARTER(ReportPeriod.Kind.QUARTER), MONTH(ReportPeriod.Kind.MONTH),
        HALF_YEAR(ReportPeriod.Kind.HALF_YEAR), NINE_MONTHS(ReportPeriod.Kind.NINE_MONTHS);

        final ReportPeriod.Kind report;

        Kind(ReportPeriod.Kind report) {
            this.report = report;
        }
    }

    QuickPeriod(Kind kind, int number, int year, Period period) {
        this(kind, number, year, period, ReportPeriod.Basis.CALENDAR);
    }

    private static QuickPeriod of(Kind kind, int number, int year, ReportPeriod.Basis basis) {
        return new QuickPeriod(kind, number, year, ReportPeriod.of(kind.report, year, number, basis).period(), basis);
    }

    /** Calendar periods: see {@link #upTo(LocalDate, ReportPeriod.Basis)}. */
    static List<QuickPeriod> upTo(LocalDate today) {
        return upTo(today, ReportPeriod.Basis.CALENDAR);
    }

    /**
     * The last five years, the last eight quarters and the last twelve months up to the one holding {@code today},
     * then the last four half years and two nine-month periods. On the data cut-off basis the period holding
     * 20/12/2026 is month 1, quarter 1 and year 2027 (it started on 15/12/2026).
     */
    static List<QuickPeriod> upTo(LocalDate today, ReportPeriod.Basis basis) {
        YearMonth current = YearMonth.from(today);
        if (basis == ReportPeriod.Basis.DATA_CUT_OFF && today.getDayOfMonth() >= ReportPeriod.DEFAULT_CUT_OFF_DAY) {
            current = current.plusMonths(1);
        }
        List<QuickPeriod> out = new ArrayList<>();
        for (int y = current.getYear(); y > current.getYear() - 5; y--) {
            out.add(of(Kind.YEAR, 1, y, basis));
        }
        YearMonth quarterEnd = YearMonth.of(current.getYear(), (current.getMonthValue() - 1) / 3 * 3 + 3);
        for (int i = 0; i < 8; i++) {
            YearMonth end = quarterEnd.minusMonths(3L * i);
            out.add(of(Kind.QUARTER, end.getMonthValue() / 3, end.getYear(), basis));
        }
        for (int i = 0; i < 12; i++) {
            YearMonth m = current.minusMonths(i);
            out.add(of(Kind.MONTH, m.getMonthValue(), m.getYear(), basis));
        }
        YearMonth halfEnd = YearMonth.of(current.getYear(), current.getMonthValue() <= 6 ? 6 : 12);
        for (int i = 0; i < 4; i++) {
            YearMonth end = halfEnd.minusMonths(6L * i);
            out.add(of(Kind.HALF_YEAR, end.getMonthValue() / 6, end.getYear(), basis));
        }
        for (int y = current.getYear(); y > current.getYear() - 2; y--) {
            out.add(of(Kind.NINE_MONTHS, 1, y, basis));
        }
        // Year numbers match what the kind uses: a year and nine months are numbered 1, shown with their year.
        return out.stream().map(q -> q.kind == Kind.YEAR ? new QuickPeriod(q.kind, q.year, q.year, q.period, q.basis)
                : q).toList();
    }

    /** The report period of exactly these days, on either basis, if there is one (the calendar first). */
    static Optional<QuickPeriod> matching(Period period) {
        int year = period.to().getYear();
        for (ReportPeriod.Basis basis : List.of(ReportPeriod.Basis.CALENDAR, ReportPeriod.Basis.DATA_CUT_OFF)) {
            for (Kind kind : Kind.values()) {
                int count = switch (kind) {
                    case MONTH -> 12;
                    case QUARTER -> 4;
                    case HALF_YEAR -> 2;
                    default -> 1;
                };
                for (int n = 1; n <= count; n++) {
                    QuickPeriod q = of(kind, n, year, basis);
                    if (q.period.equals(period)) {
                        return Optional.of(kind == Kind.YEAR ? new QuickPeriod(kind, year, year, q.period, basis) : q);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The same kind, number and year on another basis (quarter 1 calendar → quarter 1 data cut-off). */
    QuickPeriod on(ReportPeriod.Basis other) {
        int n = kind == Kind.YEAR ? 1 : number;
        QuickPeriod q = of(kind, n, year, other);
        return kind == Kind.YEAR ? new QuickPeriod(kind, year, year, q.period, other) : q;
    }

    /** The whole months a period touches: what figures computed per month of receipt cover. */
    static Period wholeMonths(Period period) {
        return Period.of(period.from().withDayOfMonth(1), YearMonth.from(period.to()).atEndOfMonth());
    }
}
