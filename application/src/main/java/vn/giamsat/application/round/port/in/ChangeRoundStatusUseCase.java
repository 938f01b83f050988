package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;

/** Moves a round through its lifecycle; the head approves the report before publication. */
public interface ChangeRoundStatusUseCase {
    void moveTo(ChangeRoundStatusCommand command);

    void approve(ApproveReportCommand command);
}
