package vn.giamsat.application.round.service;

import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.round.port.in.RecordConclusionUseCase;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.security.AccessPolicy;

/** The council's conclusion on the results: written by council staff of the round's council, as the round is. */
public final class RoundConclusionService implements RecordConclusionUseCase {
    private final RoundRepository rounds;

    public RoundConclusionService(LoadRoundPort load, SaveRoundPort save, TransactionPort tx, AccessPolicy access) {
        this.rounds = new RoundRepository(load, save, tx, access);
    }

    @Override
    public void conclude(ConcludeRoundCommand c) {
        rounds.change("RoundConclusionService.conclude", c.round(),
                round -> round.conclude(c.conclusion(), c.adopted()));
    }
}
