package vn.giamsat.application.dossier.port.in;

import java.util.function.Function;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresField;
import vn.giamsat.domain.figures.HandlingFigures;

/**
 * The counts a {@link FiguresComparison} puts side by side, in the order of form II.06a, each read the same way from
 * both sides, so that the "resolved" and "early and on time" totals compare with a report that gives only the sum.
 * Each is named as the {@link FiguresField} it compares (one term per concept).
 */
public enum ComparedFigure {
    RECEIVED(FiguresField.RECEIVED, HandlingFigures::received),
    RECEIVED_ONLINE(FiguresField.RECEIVED_ONLINE, HandlingFigures::receivedOnline),
    RECEIVED_POSTAL(FiguresField.RECEIVED_POSTAL, HandlingFigures::receivedPostal),
    CARRIED_OVER(FiguresField.CARRIED_OVER, HandlingFigures::carriedOver),
    RESOLVED(FiguresField.RESOLVED, HandlingFigures::resolvedTotal),
    EARLY(FiguresField.EARLY, HandlingFigures::early),
    ON_TIME(FiguresField.ON_TIME, HandlingFigures::onTime),
    WITHIN_DEADLINE(FiguresField.WITHIN_DEADLINE, HandlingFigures::withinDeadlineTotal),
    LATE(FiguresField.LATE, HandlingFigures::late),
    IN_PROGRESS_WITHIN(FiguresField.IN_PROGRESS_WITHIN, HandlingFigures::inProgressWithinDeadline),
    IN_PROGRESS_OVERDUE(FiguresField.IN_PROGRESS_OVERDUE, HandlingFigures::inProgressOverdue),
    WITHDRAWN(FiguresField.WITHDRAWN, HandlingFigures::withdrawn);

    private final FiguresField field;
    private final Function<HandlingFigures, Count> read;

    ComparedFigure(FiguresField field, Function<HandlingFigures, Count> read) {
        this.field = field;
        this.read = read;
    }

    public String vietnamese() { return field.vietnamese(); }

    public String english() { return field.english(); }

    public Count of(HandlingFigures figures) {
        return read.apply(figures);
    }
}
