package vn.giamsat.portal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;

/**
 * Issue 15.3: while what the portal publishes includes sample data (the demo's round, rebuilt from a news report),
 * every page says so in a banner, "Dữ liệu mẫu / sample data", so that no one reads it as an official record.
 */
@ControllerAdvice
class SampleDataNotice {
    private final PublishedRoundQueries rounds;

    SampleDataNotice(PublishedRoundQueries rounds) {
        this.rounds = rounds;
    }

    @ModelAttribute("sampleData")
    boolean sampleData() {
        return rounds.latestVersions().stream().anyMatch(v -> v.snapshot().shownAsSampleData());
    }
}
