package vn.giamsat.application.dossier.port.in;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.unit.UnitId;

/**
 * A unit's figures computed from dossiers beside its self-report for the same period (đối chiếu số liệu), and the one
 * place that decides whether they differ: the screen, its CSV and the tests all ask this record. A figure differs only
 * when both sides give a number and the numbers differ: a figure the unit did not report is "chưa báo cáo", never a
 * difference and never 0.
 *
 * @param computed     empty when the imported data holds no dossier of the unit in the period although it reported
 *                     figures: not zero, since nobody knows whether the export covered that unit
 * @param monthAligned false when the computed figures cover more days than the period (whole months); since
 *                     issue 16 they are counted for exactly the period's days (decision 027) and this is true
 */
public record FiguresComparison(UnitId unit, Optional<HandlingFigures> computed, Optional<HandlingFigures> selfReported,
                                boolean monthAligned) {

    public FiguresComparison {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(selfReported, "selfReported");
        if (computed.isEmpty() && selfReported.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs computed or self-reported figures of unit " + unit);
        }
    }

    /** A unit that reported figures for the period while the imported data holds none of its dossiers. */
    public static FiguresComparison withoutImportedDossiers(HandlingFigures selfReported, boolean monthAligned) {
        return new FiguresComparison(selfReported.unit(), Optional.empty(), Optional.of(selfReported), monthAligned);
    }

    /** A figure the self-report gives as a number different from the computed one. */
    public record Difference(ComparedFigure figure, long computed, long reported) {
        public Difference {
            Objects.requireNonNull(figure, "figure");
        }

        public String figureVietnamese() {
            return figure.vietnamese();
        }

        public String figureEnglish() {
            return figure.english();
        }

        /** Reported minus computed: positive when the unit reported more than its dossiers show. */
        public long delta() {
            return reported - computed;
        }
    }

    /** The number computed from dossiers; empty when the unit has no imported dossier. */
    public Optional<Count> computed(ComparedFigure figure) {
        return computed.map(figure::of);
    }

    /** The unit's number, or not reported when it gave none or made no self-report for this exact period. */
    public Count reported(ComparedFigure figure) {
        return selfReported.map(figure::of).orElse(Count.notReported());
    }

    /** The figure's difference, when both sides give a number and the numbers differ. */
    public Optional<Difference> difference(ComparedFigure figure) {
        if (computed(figure).orElse(null) instanceof Count.Reported(long c)
                && reported(figure) instanceof Count.Reported(long r) && c != r) {
            return Optional.of(new Difference(figure, c, r));
        }
        return Optional.empty();
    }

    public boolean differs(ComparedFigure figure) {
        return difference(figure).isPresent();
    }

    /** The differing counts, in the order of {@link ComparedFigure}. */
    public List<Difference> differences() {
        return Arrays.stream(ComparedFigure.values()).map(this::difference).flatMap(Optional::stream).toList();
    }

    /** The on-time rate computed from the dossiers; empty when the unit has no imported dossier. */
    public Optional<Rate> computedRate() {
        return computed.map(f -> Indicators.of(f).onTimeRate());
    }

    /** The on-time rate of the self-report (from its counts, or the rate it gave alone); empty without a report. */
    public Optional<Rate> reportedRate() {
        return selfReported.map(f -> Indicators.of(f).onTimeRate());
    }

    /** Both rates known and different at the tenth of a percent they are shown with. */
    public boolean rateDiffers() {
        Optional<BigDecimal> c = computedRate().flatMap(Rate::percentage);
        Optional<BigDecimal> r = reportedRate().flatMap(Rate::percentage);
        return c.isPresent() && r.isPresent() && c.get().compareTo(r.get()) != 0;
    }

    /** Differing counts, plus the on-time rate when it differs. */
    public int differenceCount() {
        return differences().size() + (rateDiffers() ? 1 : 0);
    }

    /** True when the imported data holds no dossier of the unit in the period (it has only a self-report). */
    public boolean withoutDossiers() {
        return computed.isEmpty();
    }

    /** Computed and reported figures that disagree nowhere; a unit without imported dossiers never agrees. */
    public boolean agrees() {
        return computed.isPresent() && differenceCount() == 0;
    }

    /** What a delegation looks at first: differing figures, or a self-report with no dossier behind it. */
    public boolean needsAttention() {
        return withoutDossiers() || differenceCount() > 0;
    }
}
