package vn.giamsat.application.dossier.port.in;

import java.util.function.Function;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;

/**
 * The counts a {@link FiguresComparison} puts side by side, in the order of form II.06a, each read the same way from
 * both sides, so that the "resolved" and "early and on time" totals compare with a report that gives only the sum.
 */
public enum ComparedFigure {
    RECEIVED("Tổng tiếp nhận", "Received", HandlingFigures::received),
    RECEIVED_ONLINE("Tiếp nhận trực tuyến", "Received online", HandlingFigures::receivedOnline),
    RECEIVED_POSTAL("Tiếp nhận qua bưu chính", "Received by post", HandlingFigures::receivedPostal),
    RESOLVED("Đã giải quyết", "Resolved", HandlingFigures::resolvedTotal),
    EARLY("Trước hạn", "Early", HandlingFigures::early),
    ON_TIME("Đúng hạn", "On time", HandlingFigures::onTime),
    WITHIN_DEADLINE("Trước và đúng hạn", "Early and on time", HandlingFigures::withinDeadlineTotal),
    LATE("Quá hạn", "Late", HandlingFigures::late),
    IN_PROGRESS_WITHIN("Đang giải quyết trong hạn", "In progress within deadline", HandlingFigures::inProgressWithinDeadline),
    IN_PROGRESS_OVERDUE("Đang giải quyết quá hạn", "In progress overdue", HandlingFigures::inProgressOverdue),
    WITHDRAWN("Rút hồ sơ", "Withdrawn", HandlingFigures::withdrawn);

    private final String vietnamese;
    private final String english;
    private final Function<HandlingFigures, Count> read;

    ComparedFigure(String vietnamese, String english, Function<HandlingFigures, Count> read) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.read = read;
    }

    public String vietnamese() { return vietnamese; }

    public String english() { return english; }

    public Count of(HandlingFigures figures) {
        return read.apply(figures);
    }
}
