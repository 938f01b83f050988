package vn.giamsat.application.round.service;

import vn.giamsat.application.round.port.in.RoundContextQueries;

import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.security.AccessPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

public final class RoundContextQueryService implements RoundContextQueries {
    private final UnitCatalogPort units;
    private final FiguresPort figures;
    private final PublicationPort publications;
    private final LoadRoundPort rounds;
    private final AccessPolicy access;

    public RoundContextQueryService(UnitCatalogPort units, FiguresPort figures, PublicationPort publications, LoadRoundPort rounds,
                      AccessPolicy access) {
        this.units = units;
        this.figures = figures;
        this.publications = publications;
        this.rounds = rounds;
        this.access = access;
    }

    /** A round's figures and publications are read only by those who may read the round. */
    private SupervisionRound requireRead(RoundId id) {
        SupervisionRound round = rounds.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        access.requireRead(access.current(), round);
        return round;
    }

    @Override
    public List<UnitOption> units() {
        List<AdministrativeUnit> all = units.all();
        Map<UnitId, AdministrativeUnit> byId = all.stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity(), (a, b) -> a));
        return all.stream()
                .map(u -> new UnitOption(u.id(), u.code().value(), u.displayName(), u.validity().validFrom(),
                        u.validity().validTo(), u.successors().stream().map(byId::get)
                        .filter(java.util.Objects::nonNull).map(AdministrativeUnit::displayName).toList()))
                .sorted(Comparator.comparing(UnitOption::displayName).thenComparing(UnitOption::validFrom))
                .toList();
    }

    @Override
    public List<HandlingFigures> figuresOfRound(RoundId round) {
        SupervisionRound loaded = requireRead(round);
        var actor = access.current();
        // Before publication a unit officer reads its own unit's figures only, as its findings (decision 018).
        return figures.ofRound(round).stream()
                .filter(f -> access.readsPartAbout(actor, loaded, java.util.Optional.of(f.unit())))
                .sorted(Comparator.comparing((HandlingFigures f) -> f.unit().toString()).thenComparing(HandlingFigures::period))
                .toList();
    }

    @Override
    public List<PublicationEntry> publications(RoundId round) {
        requireRead(round);
        return publications.load(round).versions().stream()
                .map(v -> new PublicationEntry(v.number(), v.publishedAt(), v.publishedBy(), v.correctionReason()))
                .toList();
    }
}
