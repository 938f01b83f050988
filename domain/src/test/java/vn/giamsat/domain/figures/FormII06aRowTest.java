package vn.giamsat.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.unit.UnitId;

class FormII06aRowTest {
    private static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-0000-0000-000000020364"));
    private static final Count NR = Count.notReported();

    @Test
    void computedFiguresFillEveryColumnAndColumnFiveIsTheRestOfTheReceived() {
        HandlingFigures f = HandlingFigures.builder(UNIT, Period.year(2024), FiguresSource.COMPUTED_FROM_DOSSIERS)
                .received(100).carriedOver(Count.of(10)).receivedOnline(60).receivedPostal(Count.of(5))
                .early(40).onTime(30).late(5).resolved(Count.of(75))
                .inProgressWithinDeadline(Count.of(15)).inProgressOverdue(Count.of(8)).withdrawn(Count.of(2)).build();

        assertThat(FormII06aRow.of(f).counts()).containsExactly(Count.of(100), Count.of(60), Count.of(30),
                Count.of(10), Count.of(75), Count.of(40), Count.of(30), Count.of(5), Count.of(23), Count.of(15),
                Count.of(8));
    }

    @Test
    void aSelfReportOfTotalsOnlyKeepsTheTotalsAndLeavesThePartsNotReported() {
        HandlingFigures f = HandlingFigures.builder(UNIT, Period.year(2024), FiguresSource.SELF_REPORTED)
                .received(1062).resolved(Count.of(1000)).build();

        assertThat(FormII06aRow.of(f).counts()).containsExactly(Count.of(1062), NR, NR, NR, Count.of(1000), NR, NR, NR,
                NR, NR, NR);
    }
}
