package vn.giamsat.application.figures.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;

/** Records handling figures. Figures stay attached to the unit as it was: a former unit keeps its own. */
public final class FiguresService implements RecordFiguresUseCase {
    private final FiguresPort figures;
    private final UnitCatalogPort units;
    private final LoadRoundPort rounds;
    private final TransactionPort tx;

    private final AccessPolicy access;
    private final FrozenFigures frozen;

    public FiguresService(FiguresPort figures, UnitCatalogPort units, LoadRoundPort rounds, TransactionPort tx,
                          AccessPolicy access) {
        this.access = access;
        this.figures = figures;
        this.units = units;
        this.rounds = rounds;
        this.tx = tx;
        this.frozen = new FrozenFigures(rounds, figures);
    }

    @Override
    public void recordAll(java.util.List<RecordFiguresCommand> commands) {
        // Each record joins this transaction: a refusal rolls back the figures recorded before it.
        tx.run("FiguresService.recordAll", () -> commands.forEach(this::record));
    }

    @Override
    public void record(RecordFiguresCommand c) {
        tx.run("FiguresService.record", () -> {
            HandlingFigures f = c.figures();
            access.requireFiguresWrite(f.unit());
            AdministrativeUnit unit = units.find(f.unit()).orElseThrow(() -> new NotFoundException("đơn vị", "unit", f.unit()));
            if (!unit.isCurrentOn(f.period().from())) {
                throw new DomainRuleViolation(Reason.of("figures.unit-not-valid",
                        unit.displayName() + " không tồn tại vào đầu kỳ " + f.period().toVietnamese() + ".",
                        unit.name() + " did not exist at the start of the period " + f.period() + "."));
            }
            SupervisionRound round = null;
            if (c.round() != null) {
                round = rounds.load(c.round())
                        .orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", c.round()));
                if (!round.scope().contains(f.unit())) {
                    throw new DomainRuleViolation(Reason.of("figures.unit-out-of-scope",
                            unit.displayName() + " không thuộc phạm vi cuộc giám sát này.",
                            unit.name() + " is not in the scope of this round."));
                }
            }
            // From a round's report on, only an approved correction changes these figures (issue 14.3).
            frozen.refusal(f, round, unit.displayName()).ifPresent(reason -> {
                throw new DomainRuleViolation(reason);
            });
            figures.save(f, c.round());
        });
    }
}
