package vn.giamsat.domain.archfixture;

import org.assertj.core.api.SoftAssertions;

/**
 * A planted violation for {@code DomainRuleCatchesViolationsTest}: a domain class holding a library type. Test
 * sources, so the real rule never sees it.
 */
public final class LeakyEntity {
    private final SoftAssertions library = new SoftAssertions();

    public SoftAssertions library() {
        return library;
    }
}
