package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.lists.ListUseCases;
import vn.giamsat.application.lists.port.in.MaintainProceduresUseCase;
import vn.giamsat.application.lists.port.in.OverdueRecommendationsQueries;
import vn.giamsat.application.lists.port.in.ProcedureCatalogueQueries;
import vn.giamsat.application.lists.port.in.RenameUnitUseCase;
import vn.giamsat.application.lists.port.in.RoundListingQueries;
import vn.giamsat.application.lists.port.in.UnitCatalogueQueries;
import vn.giamsat.application.lists.port.out.ProcedureDirectoryPort;
import vn.giamsat.application.lists.port.out.RoundListingPort;
import vn.giamsat.application.lists.port.out.UnitDirectoryPort;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;

/** Lists read a page at a time and the catalogue edits (docs/decisions/009), each in-port as a bean. */
@Configuration(proxyBeanMethods = false)
public class ListsWiring {

    @Bean
    ListUseCases listUseCases(UnitDirectoryPort unitDirectory, UnitCatalogPort units,
                              ProcedureDirectoryPort procedureDirectory, ProcedureCatalogPort procedures,
                              RoundListingPort roundListing, ClockPort clock, TransactionPort transactions,
                              CurrentActorPort actors) {
        return new ListUseCases(unitDirectory, units, procedureDirectory, procedures, roundListing, clock, transactions,
                actors);
    }

    @Bean UnitCatalogueQueries unitCatalogue(ListUseCases u) { return u.unitCatalogue(); }
    @Bean RenameUnitUseCase renameUnit(ListUseCases u) { return u.renameUnit(); }
    @Bean ProcedureCatalogueQueries procedureCatalogue(ListUseCases u) { return u.procedureCatalogue(); }
    @Bean MaintainProceduresUseCase maintainProcedures(ListUseCases u) { return u.maintainProcedures(); }
    @Bean RoundListingQueries roundListing(ListUseCases u) { return u.roundListing(); }
    @Bean OverdueRecommendationsQueries overdueRecommendations(ListUseCases u) { return u.overdueRecommendations(); }
}
