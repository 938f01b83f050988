package vn.giamsat.admin.archfixture;

import vn.giamsat.domain.round.SupervisionRound;

/** Shows the round aggregate itself rather than a read model. */
public class AggregateView {
    public AggregateView(SupervisionRound round) {
        round.subject();
    }
}
