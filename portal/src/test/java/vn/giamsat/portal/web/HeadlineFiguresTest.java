package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** The headline change compares a period with the previous one of the same length, and only where both are published. */
class HeadlineFiguresTest {
    static final RoundSnapshot.Unit A = unit("00000000-0000-0000-0000-000000000001");
    static final RoundSnapshot.Unit B = unit("00000000-0000-0000-0000-000000000002");

    @Test
    void change_against_the_previous_year_over_units_published_in_both() {
        HeadlineFigures h = HeadlineFigures.of(List.of(
                published(A, Period.year(2023), 1000, 900, 1000, 100),
                published(A, Period.year(2024), 1200, 1140, 1200, 300),
                published(B, Period.year(2024), 500, 400, 500, 50))).orElseThrow();

        assertThat(h.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(h.received().count()).isEqualTo(1700L);
        assertThat(h.onTime().rate().percentage()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90.6"));
        var change = h.previous().orElseThrow();
        assertThat(change.from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(change.commonUnits()).isEqualTo(1); // B has no 2023: not compared
        assertThat(change.receivedChange()).isEqualTo(200L);
        assertThat(change.onTimePoints()).isEqualByComparingTo("5.0");   // 95.0 − 90.0
        assertThat(change.onlinePoints()).isEqualByComparingTo("15.0");  // 25.0 − 10.0
    }

    @Test
    void no_change_without_a_previous_period_of_the_same_length() {
        HeadlineFigures h = HeadlineFigures.of(List.of(
                published(A, Period.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31)), 400, 380, 400, 10),
                published(A, Period.year(2024), 1200, 1140, 1200, 300))).orElseThrow();

        assertThat(h.previous()).isEmpty();
        assertThat(HeadlineFigures.of(List.of())).isEmpty();
    }

    @Test
    void a_unit_published_from_two_sources_is_counted_once_from_its_dossier_records() {
        // The unit's own report and the count from its dossier records, both in the round (decision 052).
        List<PublishedUnitFigures> published = List.of(
                published(A, Period.year(2024), 1200, 1140, 1200, 300),
                published(A, Period.year(2024), 1180, 1100, 1180, 310, FiguresSource.COMPUTED_FROM_DOSSIERS),
                published(B, Period.year(2024), 500, 400, 500, 50));

        HeadlineFigures h = HeadlineFigures.of(published).orElseThrow();

        assertThat(h.received().count()).as("A's dossiers counted once, from its records, plus B's").isEqualTo(1680L);
        assertThat(h.received().reporting()).isEqualTo(2);
        assertThat(PublishedUnitFigures.countedOnce(published)).extracting(p -> p.figures().source())
                .containsExactly(FiguresSource.COMPUTED_FROM_DOSSIERS, FiguresSource.SELF_REPORTED);
    }

    private static PublishedUnitFigures published(RoundSnapshot.Unit unit, Period period, long received,
                                                  long within, long resolved, long online) {
        return published(unit, period, received, within, resolved, online, FiguresSource.SELF_REPORTED);
    }

    private static PublishedUnitFigures published(RoundSnapshot.Unit unit, Period period, long received,
                                                  long within, long resolved, long online, FiguresSource source) {
        HandlingFigures f = HandlingFigures.builder(UnitId.of(unit.unitId()), period, source)
                .received(received).withinDeadline(within).late(resolved - within).receivedOnline(online).build();
        Indicators i = Indicators.of(f);
        return new PublishedUnitFigures(unit, false, RoundSnapshot.FiguresEntry.of(f), i.onTimeRate(), i.lateRate(),
                i.onlineShare(), "r", "21/NQ-HĐND", 1, List.of());
    }

    private static RoundSnapshot.Unit unit(String id) {
        return new RoundSnapshot.Unit(id, "1", "X", UnitKind.COMMUNE, LocalDate.of(2005, 1, 1), null, List.of());
    }

}
