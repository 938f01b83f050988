package vn.giamsat.application.service;

import java.util.Comparator;
import java.util.List;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.in.RoundQueries;
import vn.giamsat.application.port.in.RoundSummary;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

public final class RoundQueryService implements RoundQueries {
    private final LoadRoundPort load;

    public RoundQueryService(LoadRoundPort load) {
        this.load = load;
    }

    @Override
    public List<RoundSummary> listRounds() {
        return load.all().stream()
                .sorted(Comparator.comparing((SupervisionRound r) -> r.resolution().adoptedOn()).reversed())
                .map(r -> new RoundSummary(r.id(), r.resolution().number().value(), r.resolution().adoptedOn(),
                        r.resolution().issuingCouncil(), r.subject(), r.period(), r.status(), r.scope().size(),
                        r.findings().size(), r.recommendations().size()))
                .toList();
    }

    @Override
    public SupervisionRound round(RoundId id) {
        return load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
    }
}
