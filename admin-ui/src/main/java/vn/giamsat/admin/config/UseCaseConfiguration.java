package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.adapters.persistence.imports.JdbcComputedFigures;
import vn.giamsat.adapters.persistence.imports.JdbcDossierOutcomes;
import vn.giamsat.adapters.persistence.imports.JdbcWorkingCalendar;
import vn.giamsat.adapters.fileimport.FiguresSheets;
import vn.giamsat.adapters.fileimport.TableFiles;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.adapters.reporting.OfficeDocuments;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.procedure.port.out.ProcedureDirectoryPort;
import vn.giamsat.application.publication.port.in.PublishRoundUseCase;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.round.port.in.OverdueRecommendationsQueries;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundListingQueries;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.port.in.RoundReportUseCase;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.RecommendationEvidencePort;
import vn.giamsat.application.round.port.out.RoundListingPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.application.unit.port.out.UnitDirectoryPort;

/**
 * The admin UI's composition root: hands every adapter to the application's {@link UseCases} (which builds the
 * services and the one access policy) and offers each in-port as a bean, so views ask for the in-port they need
 * and nothing else. The adapters are the persistence module's beans ({@link PersistenceWiring}), Keycloak's user
 * directory ({@link IdentityWiring}) and the reporting module's renderers made here.
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    /** The file reader of both imports; the dossier import (a persistence bean) finds it here. */
    @Bean
    TableFilePort tableFiles() {
        return new TableFiles();
    }

    @Bean
    UseCases useCases(ClockPort clock, TransactionPort transactions, CurrentActorPort actors,
                      UnitCatalogPort units, UnitDirectoryPort unitDirectory,
                      ProcedureCatalogPort procedures, ProcedureDirectoryPort procedureDirectory,
                      FiguresPort figures, FiguresCorrectionPort figuresCorrections,
                      LoadRoundPort loadRound, SaveRoundPort saveRound,
                      RoundListingPort roundListing, RecommendationEvidencePort evidence,
                      PublicationPort publications, PublishedResultsPort publishedResults,
                      DossierImportPort dossierImports, ImportHistoryPort importHistory,
                      JdbcComputedFigures computedFigures,
                      JdbcWorkingCalendar calendar, JdbcDossierOutcomes dossierOutcomes,
                      AuditLogPort auditLog, IdentityDirectoryPort identityDirectory, TableFilePort tableFiles) {
        return new UseCases(OutboundPorts.builder()
                .clock(clock).transactions(transactions).actors(actors)
                .units(units).unitDirectory(unitDirectory)
                .procedures(procedures).procedureDirectory(procedureDirectory)
                .figures(figures).figuresSheets(new FiguresSheets()).figuresCorrections(figuresCorrections)
                .loadRound(loadRound).saveRound(saveRound).roundListing(roundListing).evidence(evidence)
                .reportRenderer(new OfficeDocuments())
                .publications(publications).publishedResults(publishedResults)
                .dossierImports(dossierImports).importHistory(importHistory).computedFigures(computedFigures)
                .calendar(calendar).dossierOutcomes(dossierOutcomes)
                .auditLog(auditLog).identityDirectory(identityDirectory).tableFiles(tableFiles)
                .formII06aWorkbook(new vn.giamsat.adapters.reporting.FormII06aWorkbook())
                .build().requireComplete());
    }

    // unit
    @Bean RegisterUnitUseCase registerUnit(UseCases u) { return u.registerUnit(); }
    @Bean ReorganiseUnitsUseCase reorganiseUnits(UseCases u) { return u.reorganiseUnits(); }
    @Bean RenameUnitUseCase renameUnit(UseCases u) { return u.renameUnit(); }
    @Bean ImportUnitListsUseCase importUnitLists(UseCases u) { return u.importUnitLists(); }
    @Bean vn.giamsat.application.procedure.port.in.ImportProceduresUseCase importProcedures(UseCases u) { return u.importProcedures(); }
    @Bean UnitCatalogQueries unitCatalog(UseCases u) { return u.unitCatalog(); }
    @Bean vn.giamsat.application.dossier.port.in.FormII06aExport formII06aExport(UseCases u) { return u.formII06aExport(); }
    // procedure
    @Bean ProcedureCatalogUseCase procedureCatalog(UseCases u) { return u.procedureCatalog(); }
    @Bean ProcedureCatalogQueries procedureCatalogQueries(UseCases u) { return u.procedureCatalogQueries(); }
    // figures
    @Bean RecordFiguresUseCase recordFigures(UseCases u) { return u.recordFigures(); }
    @Bean FiguresImportUseCase figuresImport(UseCases u) { return u.figuresImport(); }
    @Bean FiguresCorrectionUseCase figuresCorrections(UseCases u) { return u.figuresCorrections(); }
    // round
    @Bean EstablishRoundUseCase establishRound(UseCases u) { return u.establishRound(); }
    @Bean PrepareRoundUseCase prepareRound(UseCases u) { return u.prepareRound(); }
    @Bean RecordFindingsUseCase recordFindings(UseCases u) { return u.recordFindings(); }
    @Bean ChangeRoundStatusUseCase changeRoundStatus(UseCases u) { return u.changeRoundStatus(); }
    @Bean RoundQueries roundQueries(UseCases u) { return u.roundQueries(); }
    @Bean RoundContextQueries roundContext(UseCases u) { return u.roundContext(); }
    @Bean RoundListingQueries roundListing(UseCases u) { return u.roundListing(); }
    @Bean OverdueRecommendationsQueries overdueRecommendations(UseCases u) { return u.overdueRecommendations(); }
    @Bean RecommendationEvidenceUseCase recommendationEvidence(UseCases u) { return u.recommendationEvidence(); }
    @Bean RoundReportUseCase roundReports(UseCases u) { return u.roundReports(); }
    @Bean vn.giamsat.application.round.port.in.RecordConclusionUseCase recordConclusion(UseCases u) { return u.recordConclusion(); }
    /** Lead times before a visit are settings until the law's text is read (docs/supervision-rules.md, decision 039). */
    @Bean vn.giamsat.application.round.port.in.RoundDocumentsUseCase roundDocuments(UseCases u,
            @org.springframework.beans.factory.annotation.Value("${giamsat.supervision.law-87-2015.notice-days:7}") int notice87,
            @org.springframework.beans.factory.annotation.Value("${giamsat.supervision.law-87-2015.report-days:3}") int report87,
            @org.springframework.beans.factory.annotation.Value("${giamsat.supervision.law-121-2025.notice-days:7}") int notice121,
            @org.springframework.beans.factory.annotation.Value("${giamsat.supervision.law-121-2025.report-days:3}") int report121) {
        return u.roundDocuments(vn.giamsat.application.round.model.SupervisionRules.of(notice87, report87, notice121, report121));
    }
    // publication
    @Bean PublishRoundUseCase publishRound(UseCases u) { return u.publishRound(); }
    @Bean PublishedResultsQueries publishedResults(UseCases u) { return u.publishedResults(); }
    // dossier and calendar
    /** Measured by {@link OperationsWiring} where a meter registry is present. */
    @Bean ImportDossiersUseCase importDossiers(UseCases u) { return u.importDossiers(); }
    @Bean ComputedFiguresQueries computedFigures(UseCases u) { return u.computedFigures(); }
    @Bean HolidayCalendarUseCase holidayCalendar(UseCases u) { return u.holidayCalendar(); }
    // audit and identity
    @Bean AuditLogQueries auditLogQueries(UseCases u) { return u.auditLog(); }
    @Bean RecordLoginFailureUseCase recordLoginFailure(UseCases u) { return u.loginFailures(); }
    @Bean UserAdministration userAdministration(UseCases u) { return u.userAdministration(); }
    // demo
    @Bean LoadDemoDataUseCase loadDemoData(UseCases u) { return u.loadDemoData(); }
    @Bean vn.giamsat.application.demo.LoadNationalUnitListsUseCase loadNationalUnitLists(UseCases u) { return u.loadNationalUnitLists(); }
}
