package vn.giamsat.portal.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.publication.port.in.PublishedReportQueries;

/**
 * Keeps each rendered report of a published version. A version is immutable, so an entry never goes stale;
 * only a report that exists is kept (a round published later must not stay "not found"). Bounded by bytes.
 */
final class RenderedReports implements PublishedReportQueries {
    private record Key(String roundId, int version, ReportFormat format) {}

    private final PublishedReportQueries renderer;
    private final Cache<Key, PublishedReport> reports;

    RenderedReports(PublishedReportQueries renderer, long maxBytes) {
        this.renderer = renderer;
        this.reports = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<Key, PublishedReport>weigher((k, r) -> r.content().length).build();
    }

    @Override
    public Optional<PublishedReport> render(String roundId, int version, ReportFormat format) {
        Key key = new Key(roundId.toLowerCase(java.util.Locale.ROOT), version, format);
        return Optional.ofNullable(reports.get(key, k -> renderer.render(roundId, version, format).orElse(null)));
    }
}
