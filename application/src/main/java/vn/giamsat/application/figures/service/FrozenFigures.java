package vn.giamsat.application.figures.service;

import java.util.Optional;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Which round's report froze a write of figures, if any (issue 14.3): the round the figures are written to, once it
 * has reported; or any reported round that already holds figures under the same key (unit, period, procedure,
 * channel, source), which the write would overwrite, whichever round it names or none. Asked before every write of
 * figures that is not an approved correction: the figures form, the import, a unit officer's own report.
 */
final class FrozenFigures {
    private final LoadRoundPort rounds;
    private final FiguresPort figures;

    FrozenFigures(LoadRoundPort rounds, FiguresPort figures) {
        this.rounds = rounds;
        this.figures = figures;
    }

    /**
     * Why these figures cannot be written, or empty when no reported round froze them.
     *
     * @param target the round the figures are written to; {@code null} for none
     */
    Optional<Reason> refusal(HandlingFigures f, SupervisionRound target, String unitName) {
        if (target != null && target.status().freezesFigures()) {
            return Optional.of(frozen(target, unitName, f));
        }
        return rounds.includingUnit(f.unit()).stream()
                .filter(r -> r.status().freezesFigures())
                .filter(r -> figures.ofRound(r.id()).stream().anyMatch(held -> FiguresCorrection.sameFigures(held, f)))
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
