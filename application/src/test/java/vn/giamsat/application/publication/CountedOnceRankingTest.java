package vn.giamsat.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.service.PerformanceService;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** A unit published from two sources for one period is ranked once, and its trend has one point per period. */
class CountedOnceRankingTest {
    static final RoundSnapshot.Unit A = unit("00000000-0000-0000-0000-00000000000a", "A");
    static final RoundSnapshot.Unit B = unit("00000000-0000-0000-0000-00000000000b", "B");

    @Test
    void the_comparison_ranks_a_unit_once_on_the_figures_counted_from_its_dossiers() {
        List<PublishedUnitFigures> published = List.of(
                published(A, Period.year(2024), 1000, 990, FiguresSource.SELF_REPORTED),
                published(A, Period.year(2024), 1000, 800, FiguresSource.COMPUTED_FROM_DOSSIERS),
                published(B, Period.year(2024), 1000, 900, FiguresSource.SELF_REPORTED));

        var ranked = new PerformanceService(() -> published).comparison();

        assertThat(ranked).hasSize(2);
        assertThat(ranked).extracting(r -> r.figures().unit().name(), r -> r.figures().figures().source(), r -> r.rank())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B", FiguresSource.SELF_REPORTED, 1),
                        org.assertj.core.groups.Tuple.tuple("A", FiguresSource.COMPUTED_FROM_DOSSIERS, 2));
    }

    @Test
    void a_units_trend_takes_one_set_per_period() {
        List<PublishedUnitFigures> published = List.of(
                published(A, Period.year(2023), 900, 850, FiguresSource.SELF_REPORTED),
                published(A, Period.year(2024), 1000, 990, FiguresSource.SELF_REPORTED),
                published(A, Period.year(2024), 1000, 800, FiguresSource.COMPUTED_FROM_DOSSIERS));

        var unit = new PerformanceService(() -> published).unit(A.unitId()).orElseThrow();

        assertThat(unit.figures()).as("the unit's own page keeps every source").hasSize(3);
        assertThat(unit.trends()).hasSize(1);
        assertThat(unit.trends().getFirst().to().figures().source()).isEqualTo(FiguresSource.COMPUTED_FROM_DOSSIERS);
    }

    private static PublishedUnitFigures published(RoundSnapshot.Unit unit, Period period, long resolved, long within,
                                                  FiguresSource source) {
        HandlingFigures f = HandlingFigures.builder(UnitId.of(unit.unitId()), period, source)
                .received(resolved).withinDeadline(within).late(resolved - within).receivedOnline(100).build();
        Indicators i = Indicators.of(f);
        return new PublishedUnitFigures(unit, false, RoundSnapshot.FiguresEntry.of(f), i.onTimeRate(), i.lateRate(),
                i.onlineShare(), "r", "21/NQ-HĐND", 1, List.of());
    }

    private static RoundSnapshot.Unit unit(String id, String name) {
        return new RoundSnapshot.Unit(id, "1", name, UnitKind.COMMUNE, LocalDate.of(2005, 1, 1), null, List.of());
    }
}
