package vn.giamsat.application.figures.port.in;

import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;

/** Records a unit's handling figures for a period, as reported to a round (or on their own). */
public interface RecordFiguresUseCase {
    void record(RecordFiguresCommand command);

    /** @param round the round the figures were reported to; may be {@code null} */
    record RecordFiguresCommand(HandlingFigures figures, RoundId round) {
        public RecordFiguresCommand {
            Require.present(figures, "số liệu", "figures");
        }
    }
}
