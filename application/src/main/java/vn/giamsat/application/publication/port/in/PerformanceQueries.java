package vn.giamsat.application.publication.port.in;

import java.util.List;
import java.util.Optional;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.publication.RoundSnapshot;

/** Commune performance from published figures: one unit's page, and all units compared. */
public interface PerformanceQueries {

    /**
     * One line per unit and period (all channels, all procedures), ranked by on-time rate where one is computed,
     * only against rows of the same period; newest period first.
     */
    List<RankedFigures> comparison();

    /** Everything published about one unit, with the change between its consecutive periods. */
    Optional<UnitPerformance> unit(String unitId);

    /**
     * @param rank          {@code null} when the unit cannot be ranked (no computed rate, or too few dossiers: why is
     *                      in the rate itself), or when it is alone in its period
     * @param rankedOutOf   how many rows of the same period are ranked
     * @param aloneInPeriod a rankable rate with no other of the same period to compare it with
     */
    record RankedFigures(PublishedUnitFigures figures, Integer rank, int rankedOutOf, boolean aloneInPeriod) {}

    /**
     * @param formerUnit     the unit no longer exists today, with {@code successorNames} what it is part of now
     * @param trends         one per pair of consecutive whole periods of the same scope, oldest first
     */
    record UnitPerformance(RoundSnapshot.Unit unit, boolean formerUnit, List<String> successorNames,
                           List<PublishedUnitFigures> figures, List<Trend> trends) {
        public UnitPerformance {
            successorNames = List.copyOf(successorNames);
            figures = List.copyOf(figures);
            trends = List.copyOf(trends);
        }
    }

    /**
     * The change between two periods. A difference is {@code null} when either side is not reported: a gap
     * is never read as 0.
     */
    record Trend(PublishedUnitFigures from, PublishedUnitFigures to, Long receivedChange,
                 java.math.BigDecimal onTimeRatePoints, java.math.BigDecimal onlineSharePoints) {}
}
