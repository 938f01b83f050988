package vn.giamsat.application.round.service;

import vn.giamsat.application.security.AccessPolicy;
import java.util.function.Consumer;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/** Load a round, change it, save it: in one transaction, so a refused change stores nothing. */
final class RoundRepository {
    private final LoadRoundPort load;
    private final SaveRoundPort save;
    private final TransactionPort tx;

    private final AccessPolicy access;

    RoundRepository(LoadRoundPort load, SaveRoundPort save, TransactionPort tx, AccessPolicy access) {
        this.access = access;
        this.load = load;
        this.save = save;
        this.tx = tx;
    }

    SupervisionRound get(RoundId id) {
        return load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
    }

    /**
     * Changes a round the current actor may write (council office in its jurisdiction).
     *
     * @param useCase the calling use case, for the audit log ({@link TransactionPort})
     */
    void change(String useCase, RoundId id, Consumer<SupervisionRound> change) {
        change(useCase, id, access::requireRoundWrite, change);
    }

    /** Changes a round after the given check on the loaded round (the id alone proves nothing: IDOR). */
    void change(String useCase, RoundId id, Consumer<SupervisionRound> check, Consumer<SupervisionRound> change) {
        tx.run(useCase, () -> {
            SupervisionRound round = get(id);
            check.accept(round);
            change.accept(round);
            save.save(round);
        });
    }

    void add(SupervisionRound round) {
        access.requireRoundWrite(round);
        save.save(round);
    }
}
