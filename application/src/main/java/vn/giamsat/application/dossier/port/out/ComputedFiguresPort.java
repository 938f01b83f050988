package vn.giamsat.application.dossier.port.out;

import java.util.List;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * Figures computed on import, kept per month of receipt. A period is answered with the months it touches;
 * each figure has source {@link vn.giamsat.domain.figures.FiguresSource#COMPUTED_FROM_DOSSIERS} and the asked period.
 */
public interface ComputedFiguresPort {
    List<HandlingFigures> totalsUnder(UnitId root, Period period);

    List<HandlingFigures> byProcedureAndChannel(UnitId unit, Period period);

    /** The unit's own late dossiers of the period, with and without an apology slip (issue 16). */
    default vn.giamsat.application.dossier.model.LateByApology lateByApology(UnitId unit, Period period) {
        return new vn.giamsat.application.dossier.model.LateByApology(0, vn.giamsat.domain.figures.Count.notReported());
    }
}
