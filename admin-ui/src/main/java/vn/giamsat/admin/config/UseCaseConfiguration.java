package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.port.in.EstablishRoundUseCase;
import vn.giamsat.application.port.in.LoadDemoDataUseCase;
import vn.giamsat.application.port.in.PrepareRoundUseCase;
import vn.giamsat.application.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.port.in.PublishRoundUseCase;
import vn.giamsat.application.port.in.PublishedResultsQueries;
import vn.giamsat.application.port.in.RecordFiguresUseCase;
import vn.giamsat.application.port.in.RecordFindingsUseCase;
import vn.giamsat.application.port.in.RegisterUnitUseCase;
import vn.giamsat.application.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.port.in.RoundQueries;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.PublicationPort;
import vn.giamsat.application.port.out.PublishedResultsPort;
import vn.giamsat.application.port.out.SaveRoundPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;

/**
 * Builds the plain-Java use cases from the out-port beans and offers each in-port as a bean, so views ask
 * for the in-port they need and nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    UseCases useCases(UnitCatalogPort units, ProcedureCatalogPort procedures, FiguresPort figures,
                      LoadRoundPort loadRound, SaveRoundPort saveRound, PublicationPort publication,
                      PublishedResultsPort publishedResults, ClockPort clock, TransactionPort transactions,
                      CurrentActorPort currentActor) {
        return new UseCases(units, procedures, figures, loadRound, saveRound, publication, publishedResults, clock,
                transactions, currentActor);
    }

    @Bean RegisterUnitUseCase registerUnit(UseCases u) { return u.registerUnit(); }
    @Bean ReorganiseUnitsUseCase reorganiseUnits(UseCases u) { return u.reorganiseUnits(); }
    @Bean ProcedureCatalogUseCase procedureCatalog(UseCases u) { return u.procedureCatalog(); }
    @Bean RecordFiguresUseCase recordFigures(UseCases u) { return u.recordFigures(); }
    @Bean EstablishRoundUseCase establishRound(UseCases u) { return u.establishRound(); }
    @Bean PrepareRoundUseCase prepareRound(UseCases u) { return u.prepareRound(); }
    @Bean RecordFindingsUseCase recordFindings(UseCases u) { return u.recordFindings(); }
    @Bean ChangeRoundStatusUseCase changeRoundStatus(UseCases u) { return u.changeRoundStatus(); }
    @Bean PublishRoundUseCase publishRound(UseCases u) { return u.publishRound(); }
    @Bean RoundQueries roundQueries(UseCases u) { return u.roundQueries(); }
    @Bean PublishedResultsQueries publishedResults(UseCases u) { return u.publishedResults(); }
    @Bean LoadDemoDataUseCase loadDemoData(UseCases u) { return u.loadDemoData(); }
}
