package vn.giamsat.application.dossier.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * A unit's figures computed from dossiers beside its self-report for the same period.
 *
 * @param computed     empty when the imported data holds no dossier of the unit in the period although it reported
 *                     figures: not zero, since nobody knows whether the export covered that unit
 * @param monthAligned false when the period does not start on the 1st and end on a month's last day: the
 *                     computed figures cover the whole months it touches, and the view must say so
 * @param differences  the figures where the self-report gives a number different from the computed one;
 *                     a figure the unit did not report is not a difference (it is shown as "chưa báo cáo")
 */
public record FiguresComparison(UnitId unit, Optional<HandlingFigures> computed, Optional<HandlingFigures> selfReported,
                                boolean monthAligned, List<Difference> differences) {

    public FiguresComparison {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(selfReported, "selfReported");
        differences = List.copyOf(differences);
        if (computed.isEmpty() && selfReported.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs computed or self-reported figures of unit " + unit);
        }
        if (computed.isEmpty() && !differences.isEmpty()) {
            throw new IllegalArgumentException("no difference can be counted without computed figures of unit " + unit);
        }
    }

    /** A unit that reported figures for the period while the imported data holds none of its dossiers. */
    public static FiguresComparison withoutImportedDossiers(HandlingFigures selfReported, boolean monthAligned) {
        return new FiguresComparison(selfReported.unit(), Optional.empty(), Optional.of(selfReported), monthAligned,
                List.of());
    }

    public record Difference(String figureVietnamese, String figureEnglish, long computed, long reported) {
        public long delta() {
            return reported - computed;
        }
    }

    /** True when the imported data holds no dossier of the unit in the period (it has only a self-report). */
    public boolean withoutDossiers() {
        return computed.isEmpty();
    }

    /** Computed and reported figures that disagree nowhere; a unit without imported dossiers never agrees. */
    public boolean agrees() {
        return computed.isPresent() && differences.isEmpty();
    }

    /** What a delegation looks at first: differing figures, or a self-report with no dossier behind it. */
    public boolean needsAttention() {
        return withoutDossiers() || !differences.isEmpty();
    }
}
