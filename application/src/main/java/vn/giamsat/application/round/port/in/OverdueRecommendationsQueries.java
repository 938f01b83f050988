package vn.giamsat.application.round.port.in;

import vn.giamsat.application.common.PageRequest;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;

/**
 * Recommendations past their due date and not done (quá hạn), across every round the current actor may read,
 * as of today's date.
 */
public interface OverdueRecommendationsQueries {
    long countOverdue(OverdueSearch search);

    List<OverdueRecommendation> findOverdue(OverdueSearch search, PageRequest<OverdueSort> page);

    /** The day "overdue" is judged on (the app's clock). */
    LocalDate today();
}
