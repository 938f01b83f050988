package vn.giamsat.application.figures.service;

import java.util.Optional;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Which round's report froze a set of figures, if any (issue 14.3). Asked before every write of figures that is not
 * an approved correction: the figures form, the figures import, a unit officer's own report without a round.
 */
final class FrozenFigures {
    private final LoadRoundPort rounds;

    FrozenFigures(LoadRoundPort rounds) {
        this.rounds = rounds;
    }

    /** Why these figures cannot be written, or empty when no reported round froze them. */
    Optional<Reason> refusal(HandlingFigures f, String unitName) {
        return rounds.includingUnit(f.unit()).stream()
                .filter(r -> r.freezesFiguresOf(f.unit(), f.period()))
                .findFirst()
                .map(r -> frozen(r, unitName, f));
    }

    private static Reason frozen(SupervisionRound round, String unitName, HandlingFigures f) {
        String number = round.resolution().number().value();
        return Reason.of("figures.frozen",
                "Số liệu của " + unitName + " kỳ " + f.period().toVietnamese() + " đã chốt theo báo cáo của cuộc giám sát "
                        + "theo Nghị quyết " + number + " (trạng thái \"" + round.status().vietnamese() + "\"). "
                        + "Muốn thay đổi, hãy lập đề nghị đính chính có nêu lý do.",
                "The figures of " + unitName + " for " + f.period() + " are frozen by the report of the round under "
                        + "resolution " + number + " (" + round.status().english() + "). "
                        + "To change them, propose a correction with a reason.");
    }
}
