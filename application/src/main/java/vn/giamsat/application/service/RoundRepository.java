package vn.giamsat.application.service;

import java.util.function.Consumer;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.SaveRoundPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/** Load a round, change it, save it: in one transaction, so a refused change stores nothing. */
final class RoundRepository {
    private final LoadRoundPort load;
    private final SaveRoundPort save;
    private final TransactionPort tx;

    RoundRepository(LoadRoundPort load, SaveRoundPort save, TransactionPort tx) {
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    SupervisionRound get(RoundId id) {
        return load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
    }

    void change(RoundId id, Consumer<SupervisionRound> change) {
        tx.run(() -> {
            SupervisionRound round = get(id);
            change.accept(round);
            save.save(round);
        });
    }

    void add(SupervisionRound round) {
        save.save(round);
    }
}
