package vn.giamsat.application.round.port.in;

import java.util.UUID;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFollowUpCommand;

/** Findings, recommendations and their follow-up. */
public interface RecordFindingsUseCase {
    UUID recordFinding(RecordFindingCommand command);

    UUID recommend(RecommendCommand command);

    void recordFollowUp(RecordFollowUpCommand command);
}
