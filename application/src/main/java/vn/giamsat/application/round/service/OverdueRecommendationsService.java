package vn.giamsat.application.round.service;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.round.port.in.OverdueRecommendationsQueries;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.round.port.out.RoundListingPort;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;

/** Overdue recommendations across the rounds the reader may see, judged on the app clock's today. */
public final class OverdueRecommendationsService implements OverdueRecommendationsQueries {
    private final RoundListingPort listing;
    private final ClockPort clock;
    private final AccessPolicy access;

    public OverdueRecommendationsService(RoundListingPort listing, ClockPort clock, AccessPolicy access) {
        this.listing = listing;
        this.clock = clock;
        this.access = access;
    }

    private ReadScope scope() {
        return access.roundReadScope(access.current());
    }

    @Override
    public long countOverdue(OverdueSearch search) {
        ReadScope scope = scope();
        return scope.isEmpty() ? 0 : listing.countOverdue(search, scope, today());
    }

    @Override
    public List<OverdueRecommendation> findOverdue(OverdueSearch search, PageRequest<OverdueSort> page) {
        ReadScope scope = scope();
        return scope.isEmpty() ? List.of() : listing.findOverdue(search, scope, today(), page);
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }
}
