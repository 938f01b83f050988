package vn.giamsat.application;

import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.publication.port.in.PerformanceQueries;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.application.publication.port.out.PublicCatalogPort;
import vn.giamsat.application.publication.port.out.PublishedVersionsPort;
import vn.giamsat.application.publication.port.out.UnitStatusPort;
import vn.giamsat.application.publication.service.PerformanceService;
import vn.giamsat.application.publication.service.ProcedureQueryService;
import vn.giamsat.application.publication.service.PublishedRoundQueryService;
import vn.giamsat.application.publication.service.PublishedResultsService;

/** The public portal's read use cases, built from read-only outbound ports. Nothing here writes. */
public final class PortalQueries {
    private final PublishedResultsQueries publishedResults;
    private final ProcedureQueries procedures;
    private final PublishedRoundQueries rounds;
    private final PerformanceQueries performance;

    /** @param units each unit's present status (merged, successors), read when a page is shown */
    public PortalQueries(PublicCatalogPort catalog, PublishedResultsPort latest, PublishedVersionsPort versions,
                         UnitStatusPort units) {
        this.publishedResults = new PublishedResultsService(latest, units);
        this.procedures = new ProcedureQueryService(catalog);
        this.rounds = new PublishedRoundQueryService(latest, versions, units);
        this.performance = new PerformanceService(publishedResults);
    }

    public PublishedResultsQueries publishedResults() { return publishedResults; }
    public ProcedureQueries procedures() { return procedures; }
    public PublishedRoundQueries rounds() { return rounds; }
    public PerformanceQueries performance() { return performance; }
}
