package vn.giamsat.application.archfixture.service;

import org.assertj.core.api.SoftAssertions;

/** Breaks "the application depends only on the domain": a use case holding a library type. */
public class FixtureService {
    private final SoftAssertions library = new SoftAssertions();

    public SoftAssertions library() {
        return library;
    }
}
