package vn.giamsat.portal.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.port.in.PublishedResultsQueries;
import vn.giamsat.application.port.out.PublishedResultsPort;
import vn.giamsat.application.portal.PortalQueries;
import vn.giamsat.application.portal.port.in.PerformanceQueries;
import vn.giamsat.application.portal.port.in.ProcedureQueries;
import vn.giamsat.application.portal.port.in.PublishedRoundQueries;
import vn.giamsat.application.portal.port.out.PublicCatalogPort;
import vn.giamsat.application.portal.port.out.PublishedVersionsPort;
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

    @Bean
    PortalQueries portalQueries(PublishedResultsPort latest, PublicCatalogPort catalog, PublishedVersionsPort versions,
                                @Value("${giamsat.portal.refresh:PT30S}") Duration refresh,
                                ObjectProvider<MeterRegistry> meters) {
        // Web tests run without actuator: their caches are then measured into nothing.
        MeterRegistry registry = meters.getIfAvailable(CompositeMeterRegistry::new);
        LastKnownGood<String, List<PublishedVersion>> latestCache = new LastKnownGood<String, List<PublishedVersion>>(
                refresh, 1, k -> latest.latestVersions()).measuredAs("portal.latest-versions", registry);
        LastKnownGood<String, List<Procedure>> procedures = new LastKnownGood<String, List<Procedure>>(
                refresh, 1, k -> catalog.procedures()).measuredAs("portal.procedures", registry);
        LastKnownGood<String, List<PublicCatalogPort.ListedProcedure>> lists =
                new LastKnownGood<String, List<PublicCatalogPort.ListedProcedure>>(refresh, 1, k -> catalog.publishedLists())
                        .measuredAs("portal.published-lists", registry);
        LastKnownGood<RoundId, List<PublishedVersion>> versionCache = new LastKnownGood<RoundId, List<PublishedVersion>>(
                refresh, 1_000, versions::versionsOf).measuredAs("portal.round-versions", registry);
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
                versionCache::get);
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

    @Bean
    PerformanceQueries performanceQueries(PortalQueries queries) {
        return queries.performance();
    }
}
