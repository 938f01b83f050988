package vn.giamsat.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import java.util.UUID;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * In-memory fakes of every outbound port, for use-case tests. Like a database, they hand out copies and
 * check versions, and the fake transaction undoes everything when the work throws.
 */
public final class InMemoryPorts implements UnitCatalogPort, ProcedureCatalogPort, FiguresPort,
        SaveRoundPort, PublishedResultsPort, TransactionPort, ClockPort {

    /** Rounds, apart because its method names clash with the unit catalogue's. */
    /** Who calls the use cases; the system (allowed everything) unless a test signs someone in with {@link #actAs}. */
    private Actor actor = Actor.theSystem();
    public final CurrentActorPort actors = () -> actor;

    public void actAs(Actor who) {
        this.actor = who;
    }

    public final LoadRoundPort rounds = new LoadRoundPort() {
        @Override
        public Optional<SupervisionRound> load(RoundId id) {
            return Optional.ofNullable(state.rounds.get(id)).map(r -> copyOf(r, r.version()));
        }

        @Override
        public Optional<SupervisionRound> findByResolution(ResolutionNumber number, LocalDate adoptedOn) {
            return state.rounds.values().stream()
                    .filter(r -> r.resolution().number().equals(number) && r.resolution().adoptedOn().equals(adoptedOn))
                    .findFirst().map(r -> copyOf(r, r.version()));
        }

        @Override
        public List<SupervisionRound> all() {
            return state.rounds.values().stream().map(r -> copyOf(r, r.version())).toList();
        }
    };

    public final PublicationPort publications = new PublicationPort() {
        @Override
        public Publication load(RoundId round) {
            return Publication.of(round, state.versions.stream().filter(v -> v.round().equals(round)).toList());
        }

        @Override
        public void append(PublishedVersion version) {
            if (state.versions.stream().anyMatch(v -> v.round().equals(version.round()) && v.number() == version.number())) {
                throw new StaleDataException("công khai");
            }
            state.versions.add(version);
        }
    };

    /** Corrections of frozen figures, kept like a table: a reviewed one is never stored again. */
    public final FiguresCorrectionPort corrections = new FiguresCorrectionPort() {
        @Override
        public void add(FiguresCorrection c) {
            state.corrections.put(c.id(), c);
        }

        @Override
        public void review(FiguresCorrection reviewed) {
            FiguresCorrection stored = state.corrections.get(reviewed.id());
            if (stored == null || stored.status() != CorrectionStatus.PENDING) {
                throw new StaleDataException("đề nghị đính chính");
            }
            state.corrections.put(reviewed.id(), reviewed);
        }

        @Override
        public Optional<FiguresCorrection> find(UUID id) {
            return Optional.ofNullable(state.corrections.get(id));
        }

        @Override
        public List<FiguresCorrection> ofRound(RoundId round) {
            return state.corrections.values().stream().filter(c -> c.round().equals(round)).toList();
        }
    };

    private record State(Map<UnitId, AdministrativeUnit> units, Map<ProcedureCode, Procedure> procedures,
                         Map<UnitId, List<ProcedureCode>> lists, Map<String, HandlingFigures> figures,
                         Map<String, RoundId> figureRounds, Map<RoundId, SupervisionRound> rounds,
                         List<PublishedVersion> versions, Map<UUID, FiguresCorrection> corrections) {
        State copy() {
            Map<UnitId, AdministrativeUnit> u = new LinkedHashMap<>();
            units.forEach((k, v) -> u.put(k, copyOf(v, v.version())));
            Map<RoundId, SupervisionRound> r = new LinkedHashMap<>();
            rounds.forEach((k, v) -> r.put(k, copyOf(v, v.version())));
            return new State(u, new LinkedHashMap<>(procedures), new LinkedHashMap<>(lists),
                    new LinkedHashMap<>(figures), new HashMap<>(figureRounds), r, new ArrayList<>(versions),
                    new LinkedHashMap<>(corrections));
        }
    }

    private State state = new State(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
            new LinkedHashMap<>(), new HashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>());
    private Instant now = Instant.parse("2023-04-01T02:00:00Z");
    /** The use cases whose transactions committed, in order: what the audit log would name. */
    private final List<String> committed = new ArrayList<>();

    public UseCases useCases() {
        return new UseCases(ports().build());
    }

    /** The outbound ports these fakes serve; a test adds the ones it fakes itself before {@code build()}. */
    public OutboundPorts.Builder ports() {
        return OutboundPorts.builder().units(this).procedures(this).figures(this).loadRound(rounds).saveRound(this)
                .publications(publications).figuresCorrections(corrections).publishedResults(this).transactions(this).clock(this).actors(actors);
    }

    public void setNow(Instant now) {
        this.now = now;
    }

    public int committedTransactions() {
        return committed.size();
    }

    public List<String> committedUseCases() {
        return List.copyOf(committed);
    }

    // --- transactions and time ---

    private int depth;

    @Override
    public <T> T inTransaction(String useCase, Supplier<T> work) {
        TransactionPort.checkedUseCase(useCase);
        if (depth > 0) {
            return work.get();
        }
        State before = state.copy();
        depth++;
        try {
            T result = work.get();
            committed.add(useCase);
            return result;
        } catch (RuntimeException e) {
            state = before;
            throw e;
        } finally {
            depth--;
        }
    }

    @Override
    public Instant now() {
        return now;
    }

    // --- units ---

    @Override
    public Optional<AdministrativeUnit> find(UnitId id) {
        return Optional.ofNullable(state.units.get(id)).map(u -> copyOf(u, u.version()));
    }

    @Override
    public Optional<AdministrativeUnit> findByCodeOn(UnitCode code, LocalDate day) {
        return state.units.values().stream().filter(u -> u.code().equals(code) && u.isCurrentOn(day)).findFirst()
                .map(u -> copyOf(u, u.version()));
    }

    @Override
    public List<AdministrativeUnit> findAll(Collection<UnitId> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public List<AdministrativeUnit> all() {
        return state.units.values().stream().map(u -> copyOf(u, u.version())).toList();
    }

    @Override
    public void save(AdministrativeUnit unit) {
        AdministrativeUnit stored = state.units.get(unit.id());
        if (stored != null && stored.version() != unit.version()) {
            throw new StaleDataException("đơn vị");
        }
        state.units.put(unit.id(), copyOf(unit, stored == null ? 0 : unit.version() + 1));
    }

    // --- procedures ---

    @Override
    public Optional<Procedure> find(ProcedureCode code) {
        return Optional.ofNullable(state.procedures.get(code));
    }

    @Override
    public void save(Procedure procedure) {
        state.procedures.put(procedure.code(), procedure);
    }

    @Override
    public void publishList(UnitId unit, List<ProcedureCode> procedures) {
        state.lists.put(unit, List.copyOf(procedures));
    }

    @Override
    public List<Procedure> listOf(UnitId unit) {
        return state.lists.getOrDefault(unit, List.of()).stream().map(state.procedures::get).toList();
    }

    // --- figures ---

    @Override
    public void save(HandlingFigures figures, RoundId round) {
        String key = figures.unit() + "|" + figures.period() + "|" + figures.procedure() + "|" + figures.channel()
                + "|" + figures.source();
        state.figures.put(key, figures);
        if (round != null) {
            state.figureRounds.put(key, round);
        }
    }

    @Override
    public List<HandlingFigures> ofUnits(Collection<UnitId> units) {
        return state.figures.values().stream().filter(f -> units.contains(f.unit())).toList();
    }

    @Override
    public List<HandlingFigures> ofRound(RoundId round) {
        return state.figures.entrySet().stream().filter(e -> round.equals(state.figureRounds.get(e.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    // --- rounds ---

    @Override
    public void save(SupervisionRound round) {
        SupervisionRound stored = state.rounds.get(round.id());
        if (stored != null && stored.version() != round.version()) {
            throw new StaleDataException("cuộc giám sát");
        }
        state.rounds.put(round.id(), copyOf(round, stored == null ? 0 : round.version() + 1));
    }

    // --- publications ---

    @Override
    public List<PublishedVersion> latestVersions() {
        Map<RoundId, PublishedVersion> latest = new LinkedHashMap<>();
        state.versions.forEach(v -> latest.merge(v.round(), v, (a, b) -> a.number() >= b.number() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(PublishedVersion::publishedAt).reversed()).toList();
    }

    // --- copies, so that a caller's change reaches the store only through save ---

    private static AdministrativeUnit copyOf(AdministrativeUnit u, long version) {
        return AdministrativeUnit.restore(u.id(), u.code(), u.name(), u.kind(), u.parent().orElse(null), u.validity(),
                u.successors(), version, u.endedBy().orElse(null));
    }

    private static SupervisionRound copyOf(SupervisionRound r, long version) {
        List<Recommendation> recs = r.recommendations().stream()
                .map(x -> Recommendation.restore(x.id(), x.unit().orElse(null), x.addressee(), x.text(),
                        x.dueDate().orElse(null), x.status(), x.history(), x.adoption()))
                .toList();
        return SupervisionRound.restore(r.id(), r.council(), r.resolution(), r.subject(), r.period(), r.scope(),
                r.delegation(), r.visits(), r.findings(), recs, r.status(), r.approval().orElse(null), r.legalBasis(),
                r.isSampleData(), r.conclusion().orElse(null), r.sentDocuments(), version);
    }
}
