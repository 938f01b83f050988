package vn.giamsat.application.publication.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.in.PerformanceQueries;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;

/**
 * Ranks and trends from published figures only. A unit is ranked only on a rate computed from enough counts:
 * a rate the unit gave without counts, or one over a handful of dossiers, is shown but not ranked.
 */
public final class PerformanceService implements PerformanceQueries {
    private final PublishedResultsQueries published;

    public PerformanceService(PublishedResultsQueries published) {
        this.published = published;
    }

    /**
     * Ranks only rows of the same period (same first and last day): a 2022 rate and a 2021–2022 rate measure
     * different things. A rate alone in its period is shown unranked, as is one that cannot be ranked at all.
     */
    @Override
    public List<RankedFigures> comparison() {
        // One set per unit and period: a unit published from two sources is ranked once (decision 052).
        List<PublishedUnitFigures> whole = PublishedUnitFigures.countedOnce(published.publishedUnitFigures());
        Map<Period, List<BigDecimal>> rankableByPeriod = new HashMap<>();
        for (PublishedUnitFigures f : whole) {
            rankingRate(f).ifPresent(r -> rankableByPeriod.computeIfAbsent(period(f), p -> new ArrayList<>()).add(r));
        }
        rankableByPeriod.values().forEach(rates -> rates.sort(Comparator.reverseOrder()));
        List<RankedFigures> out = new ArrayList<>();
        for (PublishedUnitFigures f : whole) {
            List<BigDecimal> rankable = rankableByPeriod.getOrDefault(period(f), List.of());
            Optional<BigDecimal> rate = rankingRate(f);
            boolean alone = rate.isPresent() && rankable.size() == 1;
            Integer rank = alone ? null : rate.map(r -> rankable.indexOf(r) + 1).orElse(null); // ties share a rank
            out.add(new RankedFigures(f, rank, rankable.size(), alone));
        }
        out.sort(Comparator.comparing((RankedFigures r) -> r.figures().figures().periodFrom(), Comparator.reverseOrder())
                .thenComparing(r -> r.figures().figures().periodTo(), Comparator.reverseOrder())
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank()));
        return List.copyOf(out);
    }

    private static Period period(PublishedUnitFigures f) {
        return Period.of(f.figures().periodFrom(), f.figures().periodTo());
    }

    @Override
    public Optional<UnitPerformance> unit(String unitId) {
        List<PublishedUnitFigures> rows = published.publishedUnitFigures().stream()
                .filter(f -> f.unit().unitId().equals(unitId)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // Trends between periods take one set per period, as sums and rankings do (decision 052).
        List<PublishedUnitFigures> periods = PublishedUnitFigures.countedOnce(rows).stream()
                .sorted(Comparator.comparing((PublishedUnitFigures f) -> f.figures().periodFrom())).toList();
        List<Trend> trends = new ArrayList<>();
        for (int i = 0; i + 1 < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                PublishedUnitFigures a = periods.get(i);
                PublishedUnitFigures b = periods.get(j);
                // Only periods that follow one another: an overlap (2021–2022 and 2022) is not a trend.
                if (a.figures().periodTo().isBefore(b.figures().periodFrom())) {
                    trends.add(trend(a, b));
                    break;
                }
            }
        }
        PublishedUnitFigures first = rows.getFirst();
        return Optional.of(new UnitPerformance(first.unit(), first.formerUnit(), first.successorNames(), rows, trends));
    }

    private static Trend trend(PublishedUnitFigures a, PublishedUnitFigures b) {
        // a change, not a count: signed, and not comparable (null) unless both periods reported it
        Long received = a.figures().received() instanceof Count.Reported(long from)
                && b.figures().received() instanceof Count.Reported(long to) ? to - from : null;
        return new Trend(a, b, received, points(a.onTimeRate(), b.onTimeRate()),
                points(a.onlineShare(), b.onlineShare()));
    }

    private static BigDecimal points(Rate a, Rate b) {
        return a instanceof Rate.Computed x && b instanceof Rate.Computed y ? y.percent().subtract(x.percent()) : null;
    }

    private static Optional<BigDecimal> rankingRate(PublishedUnitFigures f) {
        return f.onTimeRate() instanceof Rate.Computed c && !c.smallSample() ? Optional.of(c.percent()) : Optional.empty();
    }
}
