package vn.giamsat.application.figures.port.in;

import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;

/** Records a unit's handling figures for a period, as reported to a round (or on their own). */
public interface RecordFiguresUseCase {
    void record(RecordFiguresCommand command);

    /**
     * Records several sets of figures all or nothing, each checked as {@link #record} checks it: the first refusal
     * leaves none of them stored (the comparison page takes a round's computed figures this way, issue 18).
     */
    void recordAll(java.util.List<RecordFiguresCommand> commands);

    /** @param round the round the figures were reported to; may be {@code null} */
    record RecordFiguresCommand(HandlingFigures figures, RoundId round) {
        public RecordFiguresCommand {
            Require.present(figures, "số liệu", "figures");
        }
    }
}
