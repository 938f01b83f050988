package vn.giamsat.application.security;

import java.util.Set;
import vn.giamsat.domain.unit.UnitCode;

/**
 * What an actor may read, in a form a query can apply itself (a database filters by it, instead of the use case
 * loading everything and dropping rows): {@link AccessPolicy#canRead} for rounds, as data.
 *
 * @param everything     the system, or a role that reads the whole catalogue
 * @param jurisdiction   unit codes whose units and descendants the actor's council-level roles cover
 * @param memberAccount  the username a delegation member is matched on (the member's account, never the name);
 *                       {@code null} when the actor is no delegate
 * @param officerUnits   unit codes (with descendants) of a unit officer: rounds whose scope holds one of them
 */
public record ReadScope(boolean everything, Set<UnitCode> jurisdiction, String memberAccount, Set<UnitCode> officerUnits) {
    public ReadScope {
        jurisdiction = Set.copyOf(jurisdiction);
        officerUnits = Set.copyOf(officerUnits);
        memberAccount = memberAccount == null || memberAccount.isBlank() ? null
                : memberAccount.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static final ReadScope EVERYTHING = new ReadScope(true, Set.of(), null, Set.of());

    /** True when nothing at all can match: the query need not run. */
    public boolean isEmpty() {
        return !everything && jurisdiction.isEmpty() && memberAccount == null && officerUnits.isEmpty();
    }
}
