package vn.giamsat.application.round.service;

import java.util.List;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.round.port.in.RoundListingQueries;
import vn.giamsat.application.round.port.out.RoundListingPort;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

/**
 * The list of rounds read a page at a time. The reader's scope goes down to the query,
 * so a page holds only rows the reader may see and the count is the count of those rows: no empty refusals, no
 * page short of rows because some were dropped after reading.
 */
public final class RoundListingService implements RoundListingQueries {
    private final RoundListingPort listing;
    private final AccessPolicy access;

    public RoundListingService(RoundListingPort listing, AccessPolicy access) {
        this.listing = listing;
        this.access = access;
    }

    private ReadScope scope() {
        return access.roundReadScope(access.current());
    }

    @Override
    public long countRounds(RoundSearch search) {
        ReadScope scope = scope();
        return scope.isEmpty() ? 0 : listing.countRounds(search, scope);
    }

    @Override
    public List<RoundSummary> findRounds(RoundSearch search, PageRequest<RoundSort> page) {
        ReadScope scope = scope();
        return scope.isEmpty() ? List.of() : listing.findRounds(search, scope, page);
    }
}
