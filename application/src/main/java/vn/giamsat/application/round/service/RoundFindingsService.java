package vn.giamsat.application.round.service;

import vn.giamsat.application.security.AccessPolicy;
import java.util.UUID;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFollowUpCommand;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.Recommendation;

public final class RoundFindingsService implements RecordFindingsUseCase {
    private final RoundRepository rounds;
    private final AccessPolicy access;

    public RoundFindingsService(LoadRoundPort load, SaveRoundPort save, TransactionPort tx, AccessPolicy access) {
        this.rounds = new RoundRepository(load, save, tx, access);
        this.access = access;
    }

    @Override
    public UUID recordFinding(RecordFindingCommand c) {
        Finding finding = c.unit() == null ? Finding.overall(c.kind(), c.text()) : Finding.about(c.unit(), c.kind(), c.text());
        rounds.change("RoundFindingsService.recordFinding", c.round(), round -> round.recordFinding(finding));
        return finding.id();
    }

    @Override
    public UUID recommend(RecommendCommand c) {
        Recommendation recommendation = Recommendation.create(c.unit(), c.addressee(), c.text(), c.dueDate());
        rounds.change("RoundFindingsService.recommend", c.round(), round -> round.recommend(recommendation));
        return recommendation.id();
    }

    @Override
    public void recordFollowUp(RecordFollowUpCommand c) {
        // Follow-up goes on after a reorganisation: the office that took over the council records it (decision 018).
        rounds.change("RoundFindingsService.recordFollowUp", c.round(), access::requireFollowUp,
                round -> round.recordFollowUp(c.recommendation(), c.step()));
    }
}
