package vn.giamsat.admin.imports.comparison;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.figures.Rate;

/**
 * One unit of the comparison as the screen and the CSV show it. A figure differs only when both sides give a
 * number and the numbers differ: a figure the unit did not report is "chưa báo cáo", never a difference and never 0.
 * A unit without imported dossiers (it only reported) has no computed side at all, never 0: nobody knows whether the
 * export covered it. It needs attention as much as a unit with differences.
 */
record ComparisonRow(String code, String name, FiguresComparison comparison) {

    Optional<HandlingFigures> computed() {
        return comparison.computed();
    }

    Optional<HandlingFigures> selfReported() {
        return comparison.selfReported();
    }

    boolean hasSelfReport() {
        return comparison.selfReported().isPresent();
    }

    /** False when the imported data holds no dossier of the unit in the period. */
    boolean hasImportedDossiers() {
        return comparison.computed().isPresent();
    }

    /** Listed among the differing units and kept by the "only differences" filter. */
    boolean needsAttention() {
        return !hasImportedDossiers() || differenceCount() > 0;
    }

    /** The number computed from dossiers; empty when the unit has no imported dossier. */
    Optional<Count> computed(ComparedFigure figure) {
        return comparison.computed().map(figure::of);
    }

    /** The unit's number, or not reported when it gave none or made no self-report for this exact period. */
    Count reported(ComparedFigure figure) {
        return comparison.selfReported().map(figure::of).orElse(Count.notReported());
    }

    boolean differs(ComparedFigure figure) {
        return computed(figure).orElse(null) instanceof Count.Reported(long c)
                && reported(figure) instanceof Count.Reported(long r) && c != r;
    }

    /** Reported minus computed: positive when the unit reported more than its dossiers show. */
    long delta(ComparedFigure figure) {
        return reported(figure).orNull() - computed(figure).orElseThrow().orNull();
    }

    Optional<Rate> computedRate() {
        return comparison.computed().map(f -> Indicators.of(f).onTimeRate());
    }

    /** The on-time rate of the self-report (from its counts, or the rate it gave alone); empty without a report. */
    Optional<Rate> reportedRate() {
        return comparison.selfReported().map(f -> Indicators.of(f).onTimeRate());
    }

    /** Both rates known and different at the tenth of a percent they are shown with. */
    boolean rateDiffers() {
        Optional<BigDecimal> computed = computedRate().flatMap(ComparisonRow::percent);
        Optional<BigDecimal> reported = reportedRate().flatMap(ComparisonRow::percent);
        return computed.isPresent() && reported.isPresent() && computed.get().compareTo(reported.get()) != 0;
    }

    List<ComparedFigure> differingFigures() {
        return Arrays.stream(ComparedFigure.values()).filter(this::differs).toList();
    }

    /** Differing counts, plus the on-time rate when it differs. */
    int differenceCount() {
        return differingFigures().size() + (rateDiffers() ? 1 : 0);
    }

    String label() {
        return name + " (" + code + ")";
    }

    static Optional<BigDecimal> percent(Rate rate) {
        return switch (rate) {
            case Rate.Computed c -> Optional.of(c.percent());
            case Rate.ReportedOnly r -> Optional.of(r.percent());
            case Rate.Unavailable u -> Optional.empty();
        };
    }
}
