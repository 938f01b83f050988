package vn.giamsat.admin.rounds;

import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.round.port.in.RoundListingQueries;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

/**
 * In-memory stand-in at the in-port boundary: hands out the rounds a test gives it, page by page as asked, and
 * remembers what the view asked for (the database's filtering and sorting are tested in JdbcListsTest).
 */
class FakeRoundListing implements RoundListingQueries {
    private final List<RoundSummary> rounds = new ArrayList<>();
    final List<RoundSearch> searches = new ArrayList<>();
    final List<PageRequest<RoundSort>> pages = new ArrayList<>();
    private RuntimeException failure;

    void willFail(RuntimeException error) {
        failure = error;
    }

    void willList(List<RoundSummary> given) {
        failure = null;
        rounds.clear();
        rounds.addAll(given);
        searches.clear();
        pages.clear();
    }

    @Override
    public long countRounds(RoundSearch search) {
        if (failure != null) {
            throw failure;
        }
        searches.add(search);
        return rounds.size();
    }

    @Override
    public List<RoundSummary> findRounds(RoundSearch search, PageRequest<RoundSort> page) {
        if (failure != null) {
            throw failure;
        }
        searches.add(search);
        pages.add(page);
        return rounds.subList(Math.min(page.offset(), rounds.size()), Math.min(page.offset() + page.limit(), rounds.size()));
    }
}
