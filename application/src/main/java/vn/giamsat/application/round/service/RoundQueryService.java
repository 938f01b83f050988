package vn.giamsat.application.round.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import java.util.Comparator;
import java.util.List;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.domain.round.RoundId;
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
    public SupervisionRound round(RoundId id) {
        SupervisionRound round = load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        access.requireRead(access.current(), round);
        return round;
    }
}
