package vn.giamsat.application;

import vn.giamsat.application.demo.DemoDataService;
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
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.PublicationPort;
import vn.giamsat.application.port.out.PublishedResultsPort;
import vn.giamsat.application.port.out.SaveRoundPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.service.FiguresService;
import vn.giamsat.application.service.ProcedureCatalogService;
import vn.giamsat.application.service.PublishRoundService;
import vn.giamsat.application.service.PublishedResultsService;
import vn.giamsat.application.service.RoundFindingsService;
import vn.giamsat.application.service.RoundLifecycleService;
import vn.giamsat.application.service.RoundQueryService;
import vn.giamsat.application.service.RoundSetupService;
import vn.giamsat.application.service.UnitCatalogService;

/**
 * Builds every use case from the outbound ports, in plain Java, so that each app's wiring is one line and
 * tests can build the same graph over in-memory fakes.
 */
public final class UseCases {
    private final UnitCatalogService units;
    private final ProcedureCatalogService procedures;
    private final FiguresService figures;
    private final RoundSetupService setup;
    private final RoundFindingsService findings;
    private final RoundLifecycleService lifecycle;
    private final PublishRoundService publish;
    private final RoundQueryService roundQueries;
    private final PublishedResultsService published;
    private final DemoDataService demo;

    public UseCases(UnitCatalogPort unitPort, ProcedureCatalogPort procedurePort, FiguresPort figuresPort,
                    LoadRoundPort loadRound, SaveRoundPort saveRound, PublicationPort publicationPort,
                    PublishedResultsPort publishedPort, ClockPort clock, TransactionPort tx,
                    CurrentActorPort actors) {
        // Every use case checks role and jurisdiction through the same policy, whatever UI calls it.
        AccessPolicy access = new AccessPolicy(actors, unitPort);
        units = new UnitCatalogService(unitPort, tx, access);
        procedures = new ProcedureCatalogService(procedurePort, unitPort, tx, access);
        figures = new FiguresService(figuresPort, unitPort, loadRound, tx, access);
        setup = new RoundSetupService(loadRound, saveRound, unitPort, tx, access);
        findings = new RoundFindingsService(loadRound, saveRound, tx, access);
        lifecycle = new RoundLifecycleService(loadRound, saveRound, clock, tx, access);
        publish = new PublishRoundService(loadRound, saveRound, unitPort, figuresPort, publicationPort, clock, tx,
                access);
        roundQueries = new RoundQueryService(loadRound, access);
        published = new PublishedResultsService(publishedPort);
        demo = new DemoDataService(units, units, procedures, figures, setup, setup, findings, lifecycle, publish,
                loadRound, tx);
    }

    public RegisterUnitUseCase registerUnit() { return units; }
    public ReorganiseUnitsUseCase reorganiseUnits() { return units; }
    public ProcedureCatalogUseCase procedureCatalog() { return procedures; }
    public RecordFiguresUseCase recordFigures() { return figures; }
    public EstablishRoundUseCase establishRound() { return setup; }
    public PrepareRoundUseCase prepareRound() { return setup; }
    public RecordFindingsUseCase recordFindings() { return findings; }
    public ChangeRoundStatusUseCase changeRoundStatus() { return lifecycle; }
    public PublishRoundUseCase publishRound() { return publish; }
    public RoundQueries roundQueries() { return roundQueries; }
    public PublishedResultsQueries publishedResults() { return published; }
    public LoadDemoDataUseCase loadDemoData() { return demo; }
}
