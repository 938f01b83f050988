package vn.giamsat.application;

import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.audit.service.AuditLogService;
import vn.giamsat.application.audit.service.LoginFailureService;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.calendar.service.HolidayCalendarService;
import vn.giamsat.application.demo.DemoDataService;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.dossier.service.ComputedFiguresService;
import vn.giamsat.application.dossier.service.ImportDossiersService;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.service.FiguresImportService;
import vn.giamsat.application.figures.service.FiguresCorrectionService;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase;
import vn.giamsat.application.figures.service.FiguresService;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.identity.service.UserAdministrationService;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.service.ProcedureCatalogQueryService;
import vn.giamsat.application.procedure.service.ProcedureCatalogService;
import vn.giamsat.application.publication.port.in.PublishRoundUseCase;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.service.PublishRoundService;
import vn.giamsat.application.publication.service.PublishedResultsService;
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
import vn.giamsat.application.round.service.OverdueRecommendationsService;
import vn.giamsat.application.round.service.RecommendationEvidenceService;
import vn.giamsat.application.round.service.RoundContextQueryService;
import vn.giamsat.application.round.service.RoundFindingsService;
import vn.giamsat.application.round.service.RoundLifecycleService;
import vn.giamsat.application.round.service.RoundListingService;
import vn.giamsat.application.round.service.RoundQueryService;
import vn.giamsat.application.round.service.RoundReportService;
import vn.giamsat.application.round.service.RoundSetupService;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.service.UnitListImportService;
import vn.giamsat.application.demo.NationalUnitListsService;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase;
import vn.giamsat.application.round.service.RoundConclusionService;
import vn.giamsat.application.round.port.in.RecordConclusionUseCase;
import vn.giamsat.application.round.service.RoundDocumentsService;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase;
import vn.giamsat.application.dossier.port.in.FormII06aExport;
import vn.giamsat.application.procedure.service.ProcedureImportService;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.service.UnitCatalogQueryService;
import vn.giamsat.application.unit.service.UnitCatalogService;

/**
 * The composition root of the use cases: builds every service from the outbound ports, in plain Java, with one
 * {@link AccessPolicy} that every use case checks role and jurisdiction through, whatever UI calls it. The admin
 * UI's wiring offers each in-port below as a bean; tests build the same graph over in-memory fakes. The portal,
 * which may only read published data, has its own smaller root ({@link PortalQueries}).
 */
public final class UseCases {
    private final UnitCatalogService units;
    private final UnitCatalogQueryService unitQueries;
    private final ProcedureCatalogService procedures;
    private final ProcedureCatalogQueryService procedureQueries;
    private final FiguresService figures;
    private final FiguresImportService figuresImport;
    private final FiguresCorrectionService figuresCorrections;
    private final RoundSetupService setup;
    private final RoundFindingsService findings;
    private final RoundLifecycleService lifecycle;
    private final RoundQueryService roundQueries;
    private final RoundContextQueryService roundContext;
    private final RoundListingService roundListing;
    private final OverdueRecommendationsService overdue;
    private final RecommendationEvidenceService evidence;
    private final RoundReportService reports;
    private final PublishRoundService publish;
    private final PublishedResultsService published;
    private final ImportDossiersService importDossiers;
    private final ComputedFiguresService computedFigures;
    private final HolidayCalendarService holidayCalendar;
    private final AuditLogService auditLog;
    private final LoginFailureService loginFailures;
    private final UserAdministrationService users;
    private final DemoDataService demo;
    private final OutboundPorts ports;
    private final AccessPolicy access;

    public UseCases(OutboundPorts p) {
        AccessPolicy access = new AccessPolicy(p.actors(), p.units());
        this.ports = p;
        this.access = access;
        units = new UnitCatalogService(p.units(), p.transactions(), access);
        unitQueries = new UnitCatalogQueryService(p.unitDirectory(), access);
        procedures = new ProcedureCatalogService(p.procedures(), p.units(), p.transactions(), access);
        procedureQueries = new ProcedureCatalogQueryService(p.procedureDirectory(), p.procedures(), access);
        figures = new FiguresService(p.figures(), p.units(), p.loadRound(), p.transactions(), access);
        figuresImport = new FiguresImportService(p.loadRound(), p.units(), p.figures(), p.figuresSheets(),
                p.transactions(), access);
        setup = new RoundSetupService(p.loadRound(), p.saveRound(), p.units(), p.transactions(), access,
                p.identityDirectory());
        findings = new RoundFindingsService(p.loadRound(), p.saveRound(), p.transactions(), access);
        lifecycle = new RoundLifecycleService(p.loadRound(), p.saveRound(), p.clock(), p.transactions(), access);
        roundQueries = new RoundQueryService(p.loadRound(), access);
        roundContext = new RoundContextQueryService(p.units(), p.figures(), p.publications(), p.loadRound(), access);
        roundListing = new RoundListingService(p.roundListing(), access);
        overdue = new OverdueRecommendationsService(p.roundListing(), p.clock(), access);
        evidence = new RecommendationEvidenceService(p.loadRound(), p.evidence(), p.clock(), p.transactions(), access);
        reports = new RoundReportService(p.loadRound(), p.units(), p.figures(), p.clock(), p.reportRenderer(), access);
        figuresCorrections = new FiguresCorrectionService(p.loadRound(), p.figures(), p.figuresCorrections(), p.clock(),
                p.transactions(), access);
        publish = new PublishRoundService(p.loadRound(), p.saveRound(), p.units(), p.figures(), p.figuresCorrections(),
                p.publications(),
                p.clock(), p.transactions(), access);
        published = new PublishedResultsService(p.publishedResults(),
                new vn.giamsat.application.publication.service.CatalogUnitStatus(p.units()));
        importDossiers = new ImportDossiersService(p.dossierImports(), p.importHistory(), p.calendar(), p.clock(), access,
                p.units());
        computedFigures = new ComputedFiguresService(p.computedFigures(), p.figures(), p.units(), access);
        holidayCalendar = new HolidayCalendarService(p.calendar(), p.dossierOutcomes(), p.transactions(), access);
        auditLog = new AuditLogService(p.auditLog(), access);
        loginFailures = new LoginFailureService(p.auditLog());
        users = new UserAdministrationService(p.identityDirectory(), p.units(), p.clock(), access, p.auditLog());
        demo = new DemoDataService(units, units, procedures, figures, setup, setup, findings, lifecycle, publish,
                p.loadRound(), p.transactions());
    }

    // unit
    public RegisterUnitUseCase registerUnit() { return units; }
    public ReorganiseUnitsUseCase reorganiseUnits() { return units; }
    public RenameUnitUseCase renameUnit() { return units; }
    /** Over the file reader of {@link OutboundPorts#tableFiles()} (decision 026). */
    public ImportUnitListsUseCase importUnitLists() { return new UnitListImportService(ports.units(), ports.tableFiles(), ports.transactions(), access); }
    public ImportProceduresUseCase importProcedures() { return new ProcedureImportService(ports.procedures(), ports.units(), ports.tableFiles(), ports.transactions(), ports.clock(), access); }
    /** No rule of its own: the figures were read within the user's jurisdiction by the comparison's queries. */
    public FormII06aExport formII06aExport() { return (sheets, out) -> ports.formII06aWorkbook().write(sheets, out); }
    public UnitCatalogQueries unitCatalog() { return unitQueries; }
    // procedure
    public ProcedureCatalogUseCase procedureCatalog() { return procedures; }
    public ProcedureCatalogQueries procedureCatalogQueries() { return procedureQueries; }
    // figures
    public RecordFiguresUseCase recordFigures() { return figures; }
    public FiguresImportUseCase figuresImport() { return figuresImport; }
    public FiguresCorrectionUseCase figuresCorrections() { return figuresCorrections; }
    // round
    public EstablishRoundUseCase establishRound() { return setup; }
    public PrepareRoundUseCase prepareRound() { return setup; }
    public RecordFindingsUseCase recordFindings() { return findings; }
    public ChangeRoundStatusUseCase changeRoundStatus() { return lifecycle; }
    public RoundQueries roundQueries() { return roundQueries; }
    public RoundContextQueries roundContext() { return roundContext; }
    public RoundListingQueries roundListing() { return roundListing; }
    public OverdueRecommendationsQueries overdueRecommendations() { return overdue; }
    public RecommendationEvidenceUseCase recommendationEvidence() { return evidence; }
    public RoundReportUseCase roundReports() { return reports; }
    /** Issue 19.1, over the lead times the caller's settings give (decision 039). */
    public RoundDocumentsUseCase roundDocuments(
            LeadTimes rules) {
        return new RoundDocumentsService(ports.loadRound(), ports.saveRound(),
                ports.units(), ports.reportRenderer(), ports.transactions(), access, rules);
    }
    public RecordConclusionUseCase recordConclusion() {
        return new RoundConclusionService(ports.loadRound(), ports.saveRound(),
                ports.transactions(), access);
    }
    // publication
    public PublishRoundUseCase publishRound() { return publish; }
    public PublishedResultsQueries publishedResults() { return published; }
    // dossier and calendar
    public ImportDossiersUseCase importDossiers() { return importDossiers; }
    public ComputedFiguresQueries computedFigures() { return computedFigures; }
    public HolidayCalendarUseCase holidayCalendar() { return holidayCalendar; }
    // audit and identity
    public AuditLogQueries auditLog() { return auditLog; }
    public RecordLoginFailureUseCase loginFailures() { return loginFailures; }
    public UserAdministration userAdministration() { return users; }
    // demo
    public LoadDemoDataUseCase loadDemoData() { return demo; }
    /** The national unit lists of data/units/ over the unit-list imports (decision 031). */
    public LoadNationalUnitListsUseCase loadNationalUnitLists() { return new NationalUnitListsService(importUnitLists(), ports.units(), ports.tableFiles(), ports.transactions(), access); }
}
