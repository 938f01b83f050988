package vn.giamsat.application.round.port.in;

import vn.giamsat.application.common.PageRequest;

import java.util.List;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

/** The rounds the current actor may read, a page at a time, filtered and sorted by the database. */
public interface RoundListingQueries {
    long countRounds(RoundSearch search);

    List<RoundSummary> findRounds(RoundSearch search, PageRequest<RoundSort> page);
}
