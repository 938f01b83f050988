package vn.giamsat.application.round.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.RoundTransitionPolicy;
import vn.giamsat.domain.round.SupervisionRound;

public final class RoundQueryService implements RoundQueries {
    private final LoadRoundPort load;

    private final AccessPolicy access;

    public RoundQueryService(LoadRoundPort load, AccessPolicy access) {
        this.load = load;
        this.access = access;
    }

    @Override
    public List<RoundSummary> listRounds() {
        Actor actor = access.current();
        return load.all().stream()
                .filter(r -> access.canRead(actor, r)) // only what the actor may see, not an empty refusal
                .sorted(Comparator.comparing((SupervisionRound r) -> r.resolution().adoptedOn()).reversed())
                .map(r -> new RoundSummary(r.id(), r.resolution().number().value(), r.resolution().adoptedOn(),
                        r.resolution().issuingCouncil(), r.subject(), r.period(), r.status(), r.scope().size(),
                        r.findings().size(), r.recommendations().size()))
                .toList();
    }

    @Override
    public RoundDetails round(RoundId id) {
        SupervisionRound round = load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        Actor actor = access.current();
        access.requireRead(actor, round);
        return details(round, actor);
    }

    /**
     * What the round's page shows, with the domain's verdict on every move of the lifecycle: the findings and
     * recommendations the actor may read (a unit officer, before publication, those about its own unit only).
     */
    private RoundDetails details(SupervisionRound round, Actor actor) {
        Map<RoundStatus, Decision> transitions = new EnumMap<>(RoundStatus.class);
        for (RoundStatus to : RoundStatus.values()) {
            transitions.put(to, RoundTransitionPolicy.check(round, to));
        }
        return new RoundDetails(round.id(), round.council(), round.resolution(), round.subject(), round.period(),
                round.status(), round.scopeInOrder(), round.delegation(), round.head(), round.visits(),
                round.findings().stream().filter(f -> access.readsPartAbout(actor, round, f.aboutUnit())).toList(),
                round.recommendations().stream().filter(r -> access.readsPartAbout(actor, round, r.unit())).toList(),
                round.approval(), transitions, round.legalBasis(), round.conclusion());
    }
}
