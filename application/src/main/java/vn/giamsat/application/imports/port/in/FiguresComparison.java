package vn.giamsat.application.imports.port.in;

import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * A unit's figures computed from dossiers beside its self-report for the same period.
 *
 * @param monthAligned false when the period does not start on the 1st and end on a month's last day: the
 *                     computed figures cover the whole months it touches, and the view must say so
 * @param differences  the figures where the self-report gives a number different from the computed one;
 *                     a figure the unit did not report is not a difference (it is shown as "chưa báo cáo")
 */
public record FiguresComparison(UnitId unit, HandlingFigures computed, Optional<HandlingFigures> selfReported,
                                boolean monthAligned, List<Difference> differences) {

    public record Difference(String figureVietnamese, String figureEnglish, long computed, long reported) {
        public long delta() {
            return reported - computed;
        }
    }

    public boolean agrees() {
        return differences.isEmpty();
    }

}
