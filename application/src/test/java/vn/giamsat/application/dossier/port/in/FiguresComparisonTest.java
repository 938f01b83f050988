package vn.giamsat.application.dossier.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.unit.UnitId;

/** The one place that decides whether computed and self-reported figures differ. */
class FiguresComparisonTest {
    private static final UnitId UNIT = UnitId.random();
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

    private static HandlingFigures.Builder figures(FiguresSource source) {
        return HandlingFigures.builder(UNIT, FEBRUARY, source);
    }

    private static FiguresComparison compare(HandlingFigures.Builder computed, HandlingFigures.Builder reported) {
        return new FiguresComparison(UNIT, Optional.of(computed.build()), Optional.ofNullable(reported).map(HandlingFigures.Builder::build), true);
    }

    @Test
    void a_figure_differs_only_when_both_sides_give_a_number_and_the_numbers_differ() {
        FiguresComparison c = compare(figures(FiguresSource.COMPUTED_FROM_DOSSIERS).received(3).receivedOnline(3),
                figures(FiguresSource.SELF_REPORTED).received(5));

        assertThat(c.differs(ComparedFigure.RECEIVED)).isTrue();
        assertThat(c.differs(ComparedFigure.RECEIVED_ONLINE)).as("not reported is not a difference").isFalse();
        assertThat(c.reported(ComparedFigure.RECEIVED_ONLINE).isReported()).isFalse();
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.figure()).isEqualTo(ComparedFigure.RECEIVED);
            assertThat(d.delta()).as("reported minus computed").isEqualTo(2);
        });
        assertThat(c.differenceCount()).isEqualTo(1);
        assertThat(c.needsAttention()).isTrue();
        assertThat(c.agrees()).isFalse();
    }

    @Test
    void equal_counts_agree_and_a_unit_without_self_report_has_nothing_that_differs() {
        assertThat(compare(figures(FiguresSource.COMPUTED_FROM_DOSSIERS).received(4),
                figures(FiguresSource.SELF_REPORTED).received(4)).agrees()).isTrue();
        FiguresComparison unreported = compare(figures(FiguresSource.COMPUTED_FROM_DOSSIERS).received(4), null);
        assertThat(unreported.differenceCount()).isZero();
        assertThat(unreported.needsAttention()).isFalse();
    }

    @Test
    void a_rate_given_alone_that_differs_at_the_tenth_of_a_percent_is_a_difference() {
        HandlingFigures.Builder computed = figures(FiguresSource.COMPUTED_FROM_DOSSIERS).early(1).onTime(1).late(1);
        FiguresComparison differing = compare(computed,
                figures(FiguresSource.SELF_REPORTED).reportedOnTimeRate(ReportedRate.percent("66.6")));
        FiguresComparison same = compare(computed,
                figures(FiguresSource.SELF_REPORTED).reportedOnTimeRate(ReportedRate.percent("66.7")));

        assertThat(differing.rateDiffers()).isTrue();
        assertThat(differing.differences()).isEmpty();
        assertThat(differing.differenceCount()).isEqualTo(1);
        assertThat(differing.needsAttention()).isTrue();
        assertThat(same.rateDiffers()).isFalse();
        assertThat(same.agrees()).isTrue();
    }

    @Test
    void a_unit_without_imported_dossiers_never_agrees_and_needs_attention() {
        FiguresComparison c = FiguresComparison.withoutImportedDossiers(
                figures(FiguresSource.SELF_REPORTED).received(5).build(), true);

        assertThat(c.withoutDossiers()).isTrue();
        assertThat(c.computed(ComparedFigure.RECEIVED)).as("not zero: unknown").isEmpty();
        assertThat(c.differs(ComparedFigure.RECEIVED)).isFalse();
        assertThat(c.agrees()).isFalse();
        assertThat(c.needsAttention()).isTrue();
    }
}
