package vn.giamsat.application.port.in;

import java.util.UUID;
import vn.giamsat.application.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.port.in.RoundCommands.RecordFollowUpCommand;

/** Findings, recommendations and their follow-up. */
public interface RecordFindingsUseCase {
    UUID recordFinding(RecordFindingCommand command);

    UUID recommend(RecommendCommand command);

    void recordFollowUp(RecordFollowUpCommand command);
}
