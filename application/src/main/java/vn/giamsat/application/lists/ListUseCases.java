package vn.giamsat.application.lists;

import vn.giamsat.application.lists.port.in.MaintainProceduresUseCase;
import vn.giamsat.application.lists.port.in.OverdueRecommendationsQueries;
import vn.giamsat.application.lists.port.in.ProcedureCatalogueQueries;
import vn.giamsat.application.lists.port.in.RenameUnitUseCase;
import vn.giamsat.application.lists.port.in.RoundListingQueries;
import vn.giamsat.application.lists.port.in.UnitCatalogueQueries;
import vn.giamsat.application.lists.port.out.ProcedureDirectoryPort;
import vn.giamsat.application.lists.port.out.RoundListingPort;
import vn.giamsat.application.lists.port.out.UnitDirectoryPort;
import vn.giamsat.application.lists.service.OverdueRecommendationsService;
import vn.giamsat.application.lists.service.ProcedureCatalogueService;
import vn.giamsat.application.lists.service.ProcedureMaintenanceService;
import vn.giamsat.application.lists.service.RoundListingService;
import vn.giamsat.application.lists.service.UnitCatalogueService;
import vn.giamsat.application.lists.service.UnitRenameService;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;

/**
 * Lists read a page at a time (catalogues of units and procedures, rounds, overdue recommendations) and the
 * catalogue edits that go with them, built from the outbound ports (docs/decisions/009).
 */
public final class ListUseCases {
    private final UnitCatalogueService units;
    private final UnitRenameService rename;
    private final ProcedureCatalogueService procedures;
    private final ProcedureMaintenanceService maintenance;
    private final RoundListingService rounds;
    private final OverdueRecommendationsService overdue;

    public ListUseCases(UnitDirectoryPort unitDirectory, UnitCatalogPort unitCatalog,
                        ProcedureDirectoryPort procedureDirectory, ProcedureCatalogPort procedureCatalog,
                        RoundListingPort roundListing, ClockPort clock, TransactionPort tx, CurrentActorPort actors) {
        AccessPolicy access = new AccessPolicy(actors, unitCatalog);
        // One class per in-port: each bean then has exactly one in-port type, and views ask for it by type.
        units = new UnitCatalogueService(unitDirectory, access);
        rename = new UnitRenameService(unitCatalog, tx, access);
        procedures = new ProcedureCatalogueService(procedureDirectory, procedureCatalog, access);
        maintenance = new ProcedureMaintenanceService(procedureCatalog, tx, access);
        rounds = new RoundListingService(roundListing, access);
        overdue = new OverdueRecommendationsService(roundListing, clock, access);
    }

    public UnitCatalogueQueries unitCatalogue() { return units; }
    public RenameUnitUseCase renameUnit() { return rename; }
    public ProcedureCatalogueQueries procedureCatalogue() { return procedures; }
    public MaintainProceduresUseCase maintainProcedures() { return maintenance; }
    public RoundListingQueries roundListing() { return rounds; }
    public OverdueRecommendationsQueries overdueRecommendations() { return overdue; }
}
