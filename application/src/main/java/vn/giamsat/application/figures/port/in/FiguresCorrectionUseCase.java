package vn.giamsat.application.figures.port.in;

import java.util.List;
import java.util.UUID;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;

/**
 * Corrections (đính chính) of the figures a round's report froze: council staff propose one with a reason; the head of
 * the delegation or other council staff approve or reject it; an approved one changes the figures and appears in
 * the round's next published version.
 */
public interface FiguresCorrectionUseCase {
    /** @return the id of the pending correction */
    UUID propose(ProposeCorrectionCommand command);

    void approve(ReviewCorrectionCommand command);

    void reject(ReviewCorrectionCommand command);

    /** Every correction of the round, pending and reviewed, oldest first. */
    List<FiguresCorrection> corrections(RoundId round);

    /** @param corrected the figures as they should be: same unit, period, procedure, channel and source */
    record ProposeCorrectionCommand(RoundId round, HandlingFigures corrected, String reason) {
        public ProposeCorrectionCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(corrected, "số liệu đính chính", "corrected figures");
            reason = Require.text(reason, 2000, "lý do đính chính", "reason for the correction");
        }
    }

    record ReviewCorrectionCommand(RoundId round, UUID correction) {
        public ReviewCorrectionCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(correction, "đề nghị đính chính", "correction");
        }
    }
}
