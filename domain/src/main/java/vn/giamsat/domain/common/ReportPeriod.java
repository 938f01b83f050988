package vn.giamsat.domain.common;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A report period (kỳ báo cáo): a month, quarter, half year, nine months or year, counted either as the
 * periodic-report rules close their figures (thời gian chốt số liệu: from the 15th of the month before the period
 * to the 14th of its last month) or as calendar months. See docs/deadline-rules.md for the sources; the cut-off day
 * is a setting because the decree's own text could not be read here (a province that closes on another day sets it).
 *
 * <p>Built the same way for every kind: a period whose first month is F and last month is L runs, on the cut-off
 * basis, from day {@code cutOffDay} of the month before F to day {@code cutOffDay - 1} of L (year 2024: 15/12/2023 –
 * 14/12/2024), and on the calendar basis from the 1st of F to the last day of L. Consecutive periods of one kind
 * therefore follow each other without gap or overlap.
 *
 * @param number    the month (1–12), quarter (1–4), half (1–2); 1 for nine months and the year
 * @param cutOffDay the first day of a cut-off period (15); ignored on the calendar basis
 */
public record ReportPeriod(Kind kind, int year, int number, Basis basis, int cutOffDay) {
    /** The cut-off day of Decree 09/2019/NĐ-CP as applied by the provinces' report rules. */
    public static final int DEFAULT_CUT_OFF_DAY = 15;

    public enum Kind {
        MONTH(12, 1, "Tháng"), QUARTER(4, 3, "Quý"), HALF_YEAR(2, 6, "6 tháng"), NINE_MONTHS(1, 9, "9 tháng"),
        YEAR(1, 12, "Năm");

        private final int count;
        private final int months;
        private final String vietnamese;

        Kind(int count, int months, String vietnamese) {
            this.count = count;
            this.months = months;
            this.vietnamese = vietnamese;
        }
    }

    /** How the days of a period are counted. */
    public enum Basis {
        /** Thời gian chốt số liệu báo cáo định kỳ: from the cut-off day of the month before to the day before it. */
        DATA_CUT_OFF,
        /** From the first day of the first month to the last day of the last month. */
        CALENDAR
    }

    public ReportPeriod {
        Require.present(kind, FieldName.of("report-period-kind", "loại kỳ báo cáo", "kind of report period"));
        Require.present(basis, FieldName.of("report-period-basis", "cách tính kỳ báo cáo", "report period basis"));
        if (number < 1 || number > kind.count) {
            throw new DomainRuleViolation(Reason.of("report-period.number",
                    "Số thứ tự kỳ báo cáo không hợp lệ: " + kind.vietnamese + " " + number + " (phải từ 1 đến "
                            + kind.count + ").",
                    "Invalid report period number: " + kind + " " + number + " (must be 1 to " + kind.count + ")."));
        }
        if (year < 1900 || year > 9999) {
            throw new DomainRuleViolation(Reason.of("report-period.year",
                    "Năm của kỳ báo cáo không hợp lệ: " + year + ".", "Invalid report period year: " + year + "."));
        }
        // 2..28: the day before the cut-off day must exist in every month, February included.
        if (basis == Basis.DATA_CUT_OFF && (cutOffDay < 2 || cutOffDay > 28)) {
            throw new DomainRuleViolation(Reason.of("report-period.cut-off-day",
                    "Ngày chốt số liệu phải từ 2 đến 28 (nhận được " + cutOffDay + ").",
                    "The data cut-off day must be 2 to 28 (got " + cutOffDay + ")."));
        }
    }

    public static ReportPeriod of(Kind kind, int year, int number, Basis basis) {
        return new ReportPeriod(kind, year, number, basis, DEFAULT_CUT_OFF_DAY);
    }

    public static ReportPeriod of(Kind kind, int year, int number, Basis basis, int cutOffDay) {
        return new ReportPeriod(kind, year, number, basis, cutOffDay);
    }

    /** Kỳ báo cáo tháng: {@code month(2024, 3)} = 15/02/2024 – 14/03/2024. */
    public static ReportPeriod month(int year, int month) {
        return of(Kind.MONTH, year, month, Basis.DATA_CUT_OFF);
    }

    /** Kỳ báo cáo quý: quarter 1 of 2024 = 15/12/2023 – 14/03/2024. */
    public static ReportPeriod quarter(int year, int quarter) {
        return of(Kind.QUARTER, year, quarter, Basis.DATA_CUT_OFF);
    }

    /** Kỳ báo cáo 6 tháng: half 1 of 2024 = 15/12/2023 – 14/06/2024. */
    public static ReportPeriod halfYear(int year, int half) {
        return of(Kind.HALF_YEAR, year, half, Basis.DATA_CUT_OFF);
    }

    /** Kỳ báo cáo 9 tháng: 15/12 of the year before – 14/09. */
    public static ReportPeriod nineMonths(int year) {
        return of(Kind.NINE_MONTHS, year, 1, Basis.DATA_CUT_OFF);
    }

    /** Kỳ báo cáo năm: 2024 = 15/12/2023 – 14/12/2024. */
    public static ReportPeriod year(int year) {
        return of(Kind.YEAR, year, 1, Basis.DATA_CUT_OFF);
    }

    public static ReportPeriod calendarMonth(int year, int month) {
        return of(Kind.MONTH, year, month, Basis.CALENDAR);
    }

    public static ReportPeriod calendarQuarter(int year, int quarter) {
        return of(Kind.QUARTER, year, quarter, Basis.CALENDAR);
    }

    /** The days the period covers, both ends included. */
    public Period period() {
        YearMonth last = YearMonth.of(year, number * kind.months);
        YearMonth first = last.minusMonths(kind.months - 1L);
        if (basis == Basis.CALENDAR) {
            return Period.of(first.atDay(1), last.atEndOfMonth());
        }
        LocalDate from = first.minusMonths(1).atDay(cutOffDay);
        return Period.of(from, last.atDay(cutOffDay - 1));
    }

    /** "Quý 1/2024 (15/12/2023 – 14/03/2024)"; the nine months and the year without a number. */
    public String label() {
        String name = switch (kind) {
            case NINE_MONTHS, YEAR -> kind.vietnamese + " " + year;
            default -> kind.vietnamese + " " + number + "/" + year;
        };
        return name + " (" + period().toVietnamese() + ")";
    }
}
