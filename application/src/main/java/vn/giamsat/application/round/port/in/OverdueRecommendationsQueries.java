package vn.giamsat.application.round.port.in;

import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.unit.model.UnitRef;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Recommendations past their due date and not done (quá hạn), across every round the current actor may read,
 * as of today's date.
 */
public interface OverdueRecommendationsQueries {
    long countOverdue(OverdueSearch search);

    List<OverdueRecommendation> findOverdue(OverdueSearch search, PageRequest<OverdueSort> page);

    /** The day "overdue" is judged on (the app's clock). */
    LocalDate today();

    enum OverdueSort { ROUND, ADDRESSEE, UNIT, DUE_DATE, DAYS_OVERDUE, STATUS }

    /** @param unit the unit a recommendation is about, {@code null} for all; @param round {@code null} for all */
    record OverdueSearch(UnitId unit, RoundId round) {
        public static OverdueSearch everything() {
            return new OverdueSearch(null, null);
        }
    }

    /** @param unit {@code null} when the recommendation is about all units of the round */
    record OverdueRecommendation(UUID id, RoundId round, String resolutionNumber, LocalDate resolutionDate,
                                 String addressee, String text, UnitRef unit, LocalDate dueDate, long daysOverdue,
                                 FollowUpStatus status) {}
}
