package vn.giamsat.application.round.port.in;

import java.util.Set;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.RoundId;

/**
 * Council staff record the council's resolution or conclusion on the supervision results (nghị quyết/kết luận về
 * kết quả giám sát) and which of the delegation's recommendations it adopts (issue 19.3).
 */
public interface RecordConclusionUseCase {
    void conclude(ConcludeRoundCommand command);

    /** @param adopted ids of the round's recommendations the council took up; the others are marked not adopted */
    record ConcludeRoundCommand(RoundId round, CouncilConclusion conclusion, Set<java.util.UUID> adopted) {
        public ConcludeRoundCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(conclusion, "nghị quyết/kết luận về kết quả giám sát", "council conclusion");
            adopted = adopted == null ? Set.of() : Set.copyOf(adopted);
        }
    }
}
