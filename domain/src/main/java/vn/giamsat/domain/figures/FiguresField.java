package vn.giamsat.domain.figures;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values of {@link HandlingFigures} a correction can change, in the order of form II.06a, each with its name, so
 * that a correction can say exactly what it changed ("Quá hạn: 42 → 40").
 */
public enum FiguresField {
    RECEIVED("Tổng tiếp nhận", "Received", HandlingFigures::received),
    CARRIED_OVER("Kỳ trước chuyển qua", "Carried over", HandlingFigures::carriedOver),
    RECEIVED_ONLINE("Tiếp nhận trực tuyến", "Received online", HandlingFigures::receivedOnline),
    RECEIVED_POSTAL("Tiếp nhận qua bưu chính", "Received by post", HandlingFigures::receivedPostal),
    RESOLVED("Đã giải quyết", "Resolved", HandlingFigures::resolved),
    EARLY("Trước hạn", "Early", HandlingFigures::early),
    ON_TIME("Đúng hạn", "On time", HandlingFigures::onTime),
    WITHIN_DEADLINE("Trước và đúng hạn", "Early and on time", HandlingFigures::withinDeadline),
    LATE("Quá hạn", "Late", HandlingFigures::late),
    IN_PROGRESS_WITHIN("Đang giải quyết trong hạn", "In progress within deadline", HandlingFigures::inProgressWithinDeadline),
    IN_PROGRESS_OVERDUE("Đang giải quyết quá hạn", "In progress past deadline", HandlingFigures::inProgressOverdue),
    WITHDRAWN("Rút hồ sơ", "Withdrawn", HandlingFigures::withdrawn),
    REPORTED_ON_TIME_RATE("Tỷ lệ đúng hạn đơn vị báo cáo", "On-time rate as reported", HandlingFigures::reportedOnTimeRate),
    STATEMENT("Nhận xét của đơn vị", "Unit's statement", HandlingFigures::statement),
    SOURCE_NOTE("Nguồn số liệu", "Source", HandlingFigures::sourceNote);

    private final String vietnamese;
    private final String english;
    private final Function<HandlingFigures, Object> read;

    FiguresField(String vietnamese, String english, Function<HandlingFigures, Object> read) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.read = read;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** One changed value: a {@link Count}, a {@link ReportedRate}, a text, or {@code null} when there was none. */
    public record Change(FiguresField field, Object before, Object after) {
        public Change {
            Objects.requireNonNull(field, "field");
        }

        /** "Quá hạn: 42 → 40" or "Late: 42 → 40"; not reported stays "chưa báo cáo", never 0. */
        public String text(boolean vietnamese) {
            return (vietnamese ? field.vietnamese : field.english) + ": " + value(before, vietnamese) + " → "
                    + value(after, vietnamese);
        }
    }

    /** What differs between two sets of figures, field by field; empty when nothing does. */
    public static List<Change> changes(HandlingFigures before, HandlingFigures after) {
        List<Change> out = new ArrayList<>();
        for (FiguresField f : values()) {
            Object b = f.read.apply(before);
            Object a = f.read.apply(after);
            if (!Objects.equals(b, a)) {
                out.add(new Change(f, b, a));
            }
        }
        return List.copyOf(out);
    }

    static String value(Object value, boolean vietnamese) {
        Locale locale = vietnamese ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
        return switch (value) {
            case Count.Reported(long n) -> NumberFormat.getIntegerInstance(locale).format(n);
            case Count.NotReported n -> vietnamese ? "chưa báo cáo" : "not reported";
            case ReportedRate r -> r.percent().stripTrailingZeros().toPlainString() + "%";
            case String s -> "\"" + s + "\"";
            case null -> vietnamese ? "(trống)" : "(none)";
            default -> value.toString();
        };
    }
}
