package vn.giamsat.admin.rounds;

import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.in.RoundQueries;
import vn.giamsat.application.port.in.RoundSummary;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/** In-memory stand-in at the in-port boundary: hands out whatever rounds a test gives it. */
class FakeRoundQueries implements RoundQueries {
    private final List<RoundSummary> rounds = new ArrayList<>();
    private RuntimeException failure;

    void willFail(RuntimeException error) {
        failure = error;
    }

    void willList(List<RoundSummary> given) {
        failure = null;
        rounds.clear();
        rounds.addAll(given);
    }

    @Override
    public List<RoundSummary> listRounds() {
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(rounds);
    }

    @Override
    public SupervisionRound round(RoundId id) {
        throw new NotFoundException("cuộc giám sát", "round", id);
    }
}
