package vn.giamsat.portal.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.model.AcceptedFollowUp;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries;
import vn.giamsat.application.publication.port.out.PublishedFollowUpPort;
import vn.giamsat.application.publication.service.FollowUpTimelineService;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.PortalQueries;
import vn.giamsat.application.publication.port.in.PerformanceQueries;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.PublishedReportQueries;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.application.publication.port.out.PublicCatalogPort;
import vn.giamsat.application.publication.port.out.PublishedVersionsPort;
import vn.giamsat.application.publication.port.out.UnitStatusPort;
import vn.giamsat.application.publication.service.CatalogUnitStatus;
import vn.giamsat.application.publication.port.in.UnitHistoryQueries;
import vn.giamsat.application.publication.service.UnitHistoryService;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.application.publication.service.PublishedReportService;
import vn.giamsat.adapters.reporting.OfficeDocuments;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.RoundId;

/**
 * The use cases the portal calls, built from the persistence adapter's read ports. Every port is read through
 * {@link LastKnownGood}: published data changes rarely, and a database outage then costs readers nothing but
 * freshness.
 */
@Configuration(proxyBeanMethods = false)
public class PortalUseCases {

    /** Every published version of a round, read through {@link LastKnownGood}: pages and reports share it. */
    record CachedVersions(PublishedVersionsPort port) {}

    /** Moves on when any of the data below changed: rendered pages are kept under it. */
    @Bean
    PublishedDataVersion publishedDataVersion() {
        return new PublishedDataVersion();
    }

    /** Reloads the data below every refresh interval, read or not (pages kept in memory do not read it). */
    @Bean
    PublishedDataRefresh publishedDataRefresh(@Value("${giamsat.portal.refresh:PT30S}") Duration refresh) {
        return new PublishedDataRefresh(refresh);
    }

    @Bean
    CachedVersions cachedVersions(PublishedVersionsPort versions, PublishedDataVersion dataVersion,
                                  PublishedDataRefresh refresher, @Value("${giamsat.portal.refresh:PT30S}") Duration refresh,
                                  ObjectProvider<MeterRegistry> meters) {
        LastKnownGood<RoundId, List<PublishedVersion>> versionCache = refresher.add(
                new LastKnownGood<RoundId, List<PublishedVersion>>(refresh, 1_000, versions::versionsOf, dataVersion)
                        .measuredAs("portal.round-versions", registry(meters)));
        return new CachedVersions(versionCache::get);
    }

    /** Web tests run without actuator: their caches are then measured into nothing. */
    private static MeterRegistry registry(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(CompositeMeterRegistry::new);
    }

    @Bean
    PortalQueries portalQueries(PublishedResultsPort latest, PublicCatalogPort catalog, CachedVersions versions,
                                UnitCatalogPort units,
                                PublishedDataVersion dataVersion, PublishedDataRefresh refresher,
                                @Value("${giamsat.portal.refresh:PT30S}") Duration refresh,
                                ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = registry(meters);
        LastKnownGood<String, List<PublishedVersion>> latestCache = refresher.add(
                new LastKnownGood<String, List<PublishedVersion>>(refresh, 1, k -> latest.latestVersions(), dataVersion)
                        .measuredAs("portal.latest-versions", registry));
        LastKnownGood<String, List<Procedure>> procedures = refresher.add(
                new LastKnownGood<String, List<Procedure>>(refresh, 1, k -> catalog.procedures(), dataVersion)
                        .measuredAs("portal.procedures", registry));
        LastKnownGood<String, List<PublicCatalogPort.ListedProcedure>> lists = refresher.add(
                new LastKnownGood<String, List<PublicCatalogPort.ListedProcedure>>(
                        refresh, 1, k -> catalog.publishedLists(), dataVersion)
                        .measuredAs("portal.published-lists", registry));
        // A unit's present status (merged, its successors) is read from the unit catalogue, not from the snapshot.
        UnitStatusPort present = new CatalogUnitStatus(units);
        LastKnownGood<String, Optional<UnitStatusPort.UnitStatus>> statuses = refresher.add(
                new LastKnownGood<String, Optional<UnitStatusPort.UnitStatus>>(refresh, 100_000, present::statusOf, dataVersion)
                        .measuredAs("portal.unit-status", registry));
        LastKnownGood<String, Optional<String>> provinces = refresher.add(
                new LastKnownGood<String, Optional<String>>(refresh, 100_000, present::provinceOf, dataVersion)
                        .measuredAs("portal.unit-province", registry));
        return new PortalQueries(
                new PublicCatalogPort() {
                    @Override
                    public List<Procedure> procedures() {
                        return procedures.get("all");
                    }

                    @Override
                    public List<ListedProcedure> publishedLists() {
                        return lists.get("all");
                    }
                },
                () -> latestCache.get("all"),
                versions.port(),
                new UnitStatusPort() {
                    @Override
                    public Optional<UnitStatusPort.UnitStatus> statusOf(String unitId) {
                        return statuses.get(unitId);
                    }

                    @Override
                    public Optional<String> provinceOf(String unitId) {
                        return provinces.get(unitId);
                    }
                });
    }

    /**
     * Reports of published versions, rendered from their snapshot once and then kept: a published version never
     * changes, so its report does not either (see docs/decisions/011).
     */
    @Bean
    PublishedReportQueries publishedReportQueries(CachedVersions versions,
                                                  @Value("${giamsat.portal.report-cache-bytes:67108864}") long maxBytes) {
        return new RenderedReports(new PublishedReportService(versions.port(), new OfficeDocuments()), maxBytes);
    }

    /**
     * Published recommendations with their accepted follow-up (decision 049), read beside the published versions:
     * the accepted steps through {@link LastKnownGood} like every published datum, so a new acceptance moves
     * {@link PublishedDataVersion} on, and kept pages are rendered again, within one refresh interval.
     */
    @Bean
    FollowUpTimelineQueries followUpTimelineQueries(PortalQueries queries, PublishedFollowUpPort followUp,
                                                    PublishedDataVersion dataVersion, PublishedDataRefresh refresher,
                                                    @Value("${giamsat.portal.refresh:PT30S}") Duration refresh,
                                                    ObjectProvider<MeterRegistry> meters) {
        LastKnownGood<String, List<AcceptedFollowUp>> accepted = refresher.add(
                new LastKnownGood<String, List<AcceptedFollowUp>>(refresh, 1, k -> followUp.accepted(), dataVersion)
                        .measuredAs("portal.follow-up", registry(meters)));
        return new FollowUpTimelineService(() -> queries.rounds().latestVersions(), () -> accepted.get("all"));
    }

    @Bean
    PublishedResultsQueries publishedResultsQueries(PortalQueries queries) {
        return queries.publishedResults();
    }

    @Bean
    ProcedureQueries procedureQueries(PortalQueries queries) {
        return queries.procedures();
    }

    @Bean
    PublishedRoundQueries publishedRoundQueries(PortalQueries queries) {
        return queries.rounds();
    }

    /**
     * The unit catalogue with its history, for the open data table "don-vi-lich-su": read whole and kept like the
     * published data (it changes when an administrator imports a list or records a merger, rarely).
     */
    @Bean
    UnitHistoryQueries unitHistoryQueries(UnitCatalogPort units, PublishedDataVersion dataVersion,
                                          PublishedDataRefresh refresher,
                                          @Value("${giamsat.portal.refresh:PT30S}") Duration refresh,
                                          ObjectProvider<MeterRegistry> meters) {
        UnitHistoryQueries catalogue = new UnitHistoryService(units);
        LastKnownGood<String, List<UnitHistoryQueries.UnitHistoryEntry>> cache = refresher.add(
                new LastKnownGood<String, List<UnitHistoryQueries.UnitHistoryEntry>>(refresh, 1,
                        k -> catalogue.everyUnit(), dataVersion).measuredAs("portal.unit-history", registry(meters)));
        return () -> cache.get("all");
    }

    @Bean
    PerformanceQueries performanceQueries(PortalQueries queries) {
        return queries.performance();
    }
}
