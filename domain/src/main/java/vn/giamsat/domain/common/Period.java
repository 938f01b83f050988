package vn.giamsat.domain.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A closed interval of days (kỳ báo cáo, thời kỳ giám sát), both ends included, as reports state them:
 * "từ ngày 01/01/2021 đến 30/12/2022".
 */
public record Period(LocalDate from, LocalDate to) implements Comparable<Period> {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Period {
        Require.present(from, "ngày bắt đầu kỳ", "period start");
        Require.present(to, "ngày kết thúc kỳ", "period end");
        if (to.isBefore(from)) {
            throw new DomainRuleViolation(Reason.of("period.reversed",
                    "Kỳ không hợp lệ: ngày kết thúc " + to.format(VN) + " trước ngày bắt đầu " + from.format(VN) + ".",
                    "Invalid period: end " + to + " is before start " + from + "."));
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean encloses(Period other) {
        return contains(other.from) && contains(other.to);
    }

    public boolean overlaps(Period other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** "01/01/2021 – 30/12/2022" */
    public String toVietnamese() {
        return from.format(VN) + " – " + to.format(VN);
    }

    @Override
    public int compareTo(Period o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
