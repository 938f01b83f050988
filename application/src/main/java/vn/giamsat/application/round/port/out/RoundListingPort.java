package vn.giamsat.application.round.port.out;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

/** Rounds and their overdue recommendations, filtered by the reader's scope, sorted and paged where stored. */
public interface RoundListingPort {
    long countRounds(RoundSearch search, ReadScope scope);

    List<RoundSummary> findRounds(RoundSearch search, ReadScope scope, PageRequest<RoundSort> page);

    /** Overdue on {@code today}: a due date before it and a status that is neither done nor verified. */
    long countOverdue(OverdueSearch search, ReadScope scope, LocalDate today);

    List<OverdueRecommendation> findOverdue(OverdueSearch search, ReadScope scope, LocalDate today,
                                            PageRequest<OverdueSort> page);
}
