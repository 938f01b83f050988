package vn.giamsat.portal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import vn.giamsat.portal.web.SeedPublishedResults;
import java.util.List;
import vn.giamsat.application.demo.SeedDemoData;
import vn.giamsat.application.publication.port.in.PerformanceQueries;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.PublishedReportQueries;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.application.publication.port.out.PublicCatalogPort;
import vn.giamsat.application.publication.service.PerformanceService;
import vn.giamsat.application.publication.service.ProcedureQueryService;
import vn.giamsat.application.publication.service.PublishedRoundQueryService;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.unit.UnitKind;

/**
 * The portal's web layer with the seed's published figures behind the in-port, and no database: what the web
 * tests check is what a reader sees for given published figures. It sits in the root package, which
 * {@link PortalApplication} does not scan, so a full-stack test of the real application never picks it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@ComponentScan("vn.giamsat.portal.web")
public class PortalWebTestApplication {

    /**
     * The readiness group names the database's health (decision 014), and Boot refuses to start with a group
     * member that does not exist: with no database here, a stand-in answers for it.
     */
    @Bean
    HealthIndicator dbHealthIndicator() {
        return () -> Health.up().build();
    }

    @Bean
    SeedPublishedResults seedPublishedResults() {
        return new SeedPublishedResults();
    }

    /** The seed's procedure catalogue, listed by one unit; no round versions beyond what the seed figures say. */
    @Bean
    ProcedureQueries procedureQueries() {
        return new ProcedureQueryService(new PublicCatalogPort() {
            @Override
            public List<Procedure> procedures() {
                return SeedDemoData.PROCEDURES;
            }

            @Override
            public List<ListedProcedure> publishedLists() {
                return SeedDemoData.PROCEDURES.stream().map(p -> new ListedProcedure(
                        "00000000-0000-0000-0000-000000020364", "20364", "Chiên Đàn", UnitKind.COMMUNE,
                        p.code().value())).toList();
            }
        });
    }

    @Bean
    PerformanceQueries performanceQueries(SeedPublishedResults published) {
        return new PerformanceService(published);
    }

    /** No round versions here, so no report either. */
    @Bean
    PublishedReportQueries publishedReportQueries() {
        return (roundId, version, format) -> java.util.Optional.empty();
    }

    /** No published round here, so no follow-up either. */
    @Bean
    vn.giamsat.application.publication.port.in.FollowUpTimelineQueries followUpTimelineQueries() {
        return new vn.giamsat.application.publication.service.FollowUpTimelineService(List::of, List::of);
    }

    @Bean
    PublishedRoundQueries publishedRoundQueries() {
        return new PublishedRoundQueryService(List::of, round -> List.of(), vn.giamsat.application.publication.port.out.UnitStatusPort.none());
    }

    /**
     * A piece of the unit catalogue: Quảng Nam, Phú Ninh district, and the township of Phú Thịnh merged on
     * 1 July 2025 into the new commune of Chiên Đàn, which keeps its code 20364.
     */
    @Bean
    vn.giamsat.application.publication.port.in.UnitHistoryQueries unitHistoryQueries() {
        java.time.LocalDate start = java.time.LocalDate.of(2005, 1, 1);
        java.time.LocalDate merger = java.time.LocalDate.of(2025, 7, 1);
        return () -> List.of(
                new vn.giamsat.application.publication.port.in.UnitHistoryQueries.UnitHistoryEntry(
                        "00000000-0000-0000-0000-000000000049", "49", "Quảng Nam", UnitKind.PROVINCE, null, null, start,
                        null, List.of(), List.of(), null),
                new vn.giamsat.application.publication.port.in.UnitHistoryQueries.UnitHistoryEntry(
                        "00000000-0000-0000-0000-000000020364", "20364", "Phú Thịnh", UnitKind.TOWNSHIP,
                        "00000000-0000-0000-0000-000000000518", "518", start, merger,
                        List.of("00000000-0000-0000-0000-000000120364"), List.of("20364"), null));
    }
}
