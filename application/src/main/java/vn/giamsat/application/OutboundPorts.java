package vn.giamsat.application;

import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.calendar.port.out.DossierOutcomesPort;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.dossier.port.out.ComputedFiguresPort;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.dossier.port.out.FormII06aWorkbookPort;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.procedure.port.out.ProcedureDirectoryPort;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.RecommendationEvidencePort;
import vn.giamsat.application.round.port.out.ReportRendererPort;
import vn.giamsat.application.round.port.out.RoundListingPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.application.unit.port.out.UnitDirectoryPort;

/**
 * Every outbound port the use cases need, by capability, handed to {@link UseCases} in one piece. A port left out
 * ({@code null}) is allowed only where nothing calls the use cases that need it (a test of one capability, a
 * benchmark); {@link #requireComplete()} is what an application calls to refuse a missing adapter at start.
 */
public record OutboundPorts(
        ClockPort clock, TransactionPort transactions, CurrentActorPort actors,
        UnitCatalogPort units, UnitDirectoryPort unitDirectory,
        ProcedureCatalogPort procedures, ProcedureDirectoryPort procedureDirectory,
        FiguresPort figures, FiguresSheetPort figuresSheets, FiguresCorrectionPort figuresCorrections,
        LoadRoundPort loadRound, SaveRoundPort saveRound, RoundListingPort roundListing,
        RecommendationEvidencePort evidence, ReportRendererPort reportRenderer,
        PublicationPort publications, PublishedResultsPort publishedResults,
        DossierImportPort dossierImports, ImportHistoryPort importHistory, ComputedFiguresPort computedFigures,
        WorkingCalendarPort calendar, DossierOutcomesPort dossierOutcomes,
        AuditLogPort auditLog, IdentityDirectoryPort identityDirectory, TableFilePort tableFiles,
        FormII06aWorkbookPort formII06aWorkbook) {

    public static Builder builder() {
        return new Builder();
    }

    /** @throws IllegalStateException naming the first port that is missing */
    public OutboundPorts requireComplete() {
        for (var component : OutboundPorts.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(this) == null) {
                    throw new IllegalStateException("No adapter for the outbound port '" + component.getName() + "'");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** Named setters, so a wiring reads which adapter serves which port. */
    public static final class Builder {
        private ClockPort clock;
        private TransactionPort transactions;
        private CurrentActorPort actors;
        private UnitCatalogPort units;
        private UnitDirectoryPort unitDirectory;
        private ProcedureCatalogPort procedures;
        private ProcedureDirectoryPort procedureDirectory;
        private FiguresPort figures;
        private FiguresSheetPort figuresSheets;
        private FiguresCorrectionPort figuresCorrections;
        private LoadRoundPort loadRound;
        private SaveRoundPort saveRound;
        private RoundListingPort roundListing;
        private RecommendationEvidencePort evidence;
        private ReportRendererPort reportRenderer;
        private PublicationPort publications;
        private PublishedResultsPort publishedResults;
        private DossierImportPort dossierImports;
        private ImportHistoryPort importHistory;
        private ComputedFiguresPort computedFigures;
        private WorkingCalendarPort calendar;
        private DossierOutcomesPort dossierOutcomes;
        private AuditLogPort auditLog;
        private IdentityDirectoryPort identityDirectory;
        private TableFilePort tableFiles;
        private FormII06aWorkbookPort formII06aWorkbook;

        private Builder() {}

        public Builder clock(ClockPort p) { clock = p; return this; }
        public Builder transactions(TransactionPort p) { transactions = p; return this; }
        public Builder actors(CurrentActorPort p) { actors = p; return this; }
        public Builder units(UnitCatalogPort p) { units = p; return this; }
        public Builder unitDirectory(UnitDirectoryPort p) { unitDirectory = p; return this; }
        public Builder procedures(ProcedureCatalogPort p) { procedures = p; return this; }
        public Builder procedureDirectory(ProcedureDirectoryPort p) { procedureDirectory = p; return this; }
        public Builder figures(FiguresPort p) { figures = p; return this; }
        public Builder figuresSheets(FiguresSheetPort p) { figuresSheets = p; return this; }
        public Builder figuresCorrections(FiguresCorrectionPort p) { figuresCorrections = p; return this; }
        public Builder loadRound(LoadRoundPort p) { loadRound = p; return this; }
        public Builder saveRound(SaveRoundPort p) { saveRound = p; return this; }
        public Builder roundListing(RoundListingPort p) { roundListing = p; return this; }
        public Builder evidence(RecommendationEvidencePort p) { evidence = p; return this; }
        public Builder reportRenderer(ReportRendererPort p) { reportRenderer = p; return this; }
        public Builder publications(PublicationPort p) { publications = p; return this; }
        public Builder publishedResults(PublishedResultsPort p) { publishedResults = p; return this; }
        public Builder dossierImports(DossierImportPort p) { dossierImports = p; return this; }
        public Builder importHistory(ImportHistoryPort p) { importHistory = p; return this; }
        public Builder computedFigures(ComputedFiguresPort p) { computedFigures = p; return this; }
        public Builder calendar(WorkingCalendarPort p) { calendar = p; return this; }
        public Builder dossierOutcomes(DossierOutcomesPort p) { dossierOutcomes = p; return this; }
        public Builder auditLog(AuditLogPort p) { auditLog = p; return this; }
        public Builder identityDirectory(IdentityDirectoryPort p) { identityDirectory = p; return this; }
        public Builder tableFiles(TableFilePort p) { tableFiles = p; return this; }
        public Builder formII06aWorkbook(FormII06aWorkbookPort p) { formII06aWorkbook = p; return this; }

        public OutboundPorts build() {
            return new OutboundPorts(clock, transactions, actors, units, unitDirectory, procedures, procedureDirectory,
                    figures, figuresSheets, figuresCorrections, loadRound, saveRound, roundListing, evidence, reportRenderer, publications,
                    publishedResults, dossierImports, importHistory, computedFigures, calendar, dossierOutcomes, auditLog,
                    identityDirectory, tableFiles, formII06aWorkbook);
        }
    }
}
