package vn.giamsat.application.dossier.port.in;

import java.util.List;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/** Handling figures computed from imported dossiers, and their comparison with what units reported. */
public interface ComputedFiguresQueries {
    /** One line per unit under {@code root} (root included) that has dossiers received in the period. */
    List<HandlingFigures> computedUnder(UnitId root, Period period);

    /** The figures of one unit split by procedure × channel. */
    List<HandlingFigures> computedByProcedureAndChannel(UnitId unit, Period period);

    /** Computed beside self-reported figures of the same period, with the differences. */
    List<FiguresComparison> compareUnder(UnitId root, Period period);

    /** One unit's late dossiers of the period, "with an apology slip" and "without" (issue 16). */
    vn.giamsat.application.dossier.model.LateByApology lateByApology(UnitId unit, Period period);
}
