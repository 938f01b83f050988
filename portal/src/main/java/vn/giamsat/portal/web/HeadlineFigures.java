package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.figures.Rate;

/**
 * The home page's headline figures: the latest published period's received dossiers, share resolved early or on
 * time, share received online, and the change against the previous period of the same length. Sums add only what
 * units reported (and say how many did); a rate adds only units that reported both of its counts; a change compares
 * only units published in both periods. Nothing is filled in.
 *
 * @param previous empty when no period of the same length, ending the day before this one starts, is published
 */
record HeadlineFigures(LocalDate from, LocalDate to, int units, Total received, Share onTime, Share online,
                       Optional<Change> previous) {

    /** @param count the sum, {@code null} when no unit reported it; {@code reporting} how many units are in it */
    record Total(Long count, int reporting) {}

    /** @param rate over the units that reported both counts ({@code reporting}) */
    record Share(Rate rate, int reporting) {}

    /**
     * @param receivedChange {@code null} unless the common units reported received in both periods
     * @param onTimePoints   change in percentage points, {@code null} when either side has no computed rate
     */
    record Change(LocalDate from, LocalDate to, int commonUnits, Long receivedChange, BigDecimal onTimePoints,
                  BigDecimal onlinePoints) {}

    static Optional<HeadlineFigures> of(List<PublishedUnitFigures> published) {
        List<HandlingFigures> whole = PublishedUnitFigures.countedOnce(published).stream().map(p -> p.figures().toFigures()).toList();
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        HandlingFigures latest = whole.stream().max(Comparator.comparing((HandlingFigures f) -> f.period().to())
                .thenComparing(f -> f.period().from())).orElseThrow();
        return of(published, latest.period().from(), latest.period().to());
    }

    /**
     * The same figures for a period the reader chose (a province page offers each of its periods); empty when no
     * whole-unit figures of exactly that period are published.
     */
    static Optional<HeadlineFigures> of(List<PublishedUnitFigures> published, LocalDate from, LocalDate to) {
        List<HandlingFigures> whole = PublishedUnitFigures.countedOnce(published).stream().map(p -> p.figures().toFigures()).toList();
        List<HandlingFigures> current = inPeriod(whole, from, to);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousStart(from, to);
        List<HandlingFigures> before = inPeriod(whole, previousFrom, previousTo);
        Optional<Change> change = Optional.empty();
        if (!before.isEmpty()) {
            Map<Object, HandlingFigures> beforeByUnit = before.stream()
                    .collect(Collectors.toMap(HandlingFigures::unit, Function.identity(), (a, b) -> a));
            List<HandlingFigures> now = current.stream().filter(f -> beforeByUnit.containsKey(f.unit())).toList();
            List<HandlingFigures> then = now.stream().map(f -> beforeByUnit.get(f.unit())).toList();
            if (!now.isEmpty()) {
                Total r1 = total(then);
                Total r2 = total(now);
                boolean allReported = r1.reporting() == then.size() && r2.reporting() == now.size();
                change = Optional.of(new Change(previousFrom, previousTo, now.size(),
                        allReported ? r2.count() - r1.count() : null,
                        change(then, now, HandlingFigures::withinDeadlineTotal, HandlingFigures::resolvedTotal),
                        change(then, now, HandlingFigures::receivedOnline, HandlingFigures::received)));
            }
        }
        return Optional.of(new HeadlineFigures(from, to, current.size(), total(current),
                share(current, HandlingFigures::withinDeadlineTotal, HandlingFigures::resolvedTotal),
                share(current, HandlingFigures::receivedOnline, HandlingFigures::received), change));
    }

    /**
     * The start of the previous period of the same length, ending the day before {@code from}: whole months back
     * when the period is whole months (2024 after 2023, though a leap year has a day more), else as many days back.
     */
    static LocalDate previousStart(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
            return from.minusMonths(ChronoUnit.MONTHS.between(from, to.plusDays(1)));
        }
        return from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
    }

    private static List<HandlingFigures> inPeriod(List<HandlingFigures> all, LocalDate from, LocalDate to) {
        return all.stream().filter(f -> f.period().from().equals(from) && f.period().to().equals(to)).toList();
    }

    private static Total total(List<HandlingFigures> figures) {
        List<Long> reported = figures.stream().map(f -> f.received().orNull()).filter(java.util.Objects::nonNull).toList();
        return new Total(reported.isEmpty() ? null : reported.stream().mapToLong(Long::longValue).sum(), reported.size());
    }

    /** A rate over the units that reported both parts; the rate rules (small samples) are Rate's own. */
    private static Share share(List<HandlingFigures> figures, Function<HandlingFigures, Count> part,
                               Function<HandlingFigures, Count> whole) {
        long numerator = 0;
        long denominator = 0;
        int reporting = 0;
        for (HandlingFigures f : figures) {
            if (part.apply(f) instanceof Count.Reported(long n) && whole.apply(f) instanceof Count.Reported(long d)) {
                numerator += n;
                denominator += d;
                reporting++;
            }
        }
        if (reporting == 0 || denominator == 0) {
            return new Share(new Rate.Unavailable(vn.giamsat.domain.common.Reason.of("headline.not-enough",
                    "Chưa đủ số liệu", "Not enough figures")), reporting);
        }
        return new Share(Rate.of(numerator, denominator, Indicators.DEFAULT_MINIMUM_COUNT), reporting);
    }

    /** The change of a rate over the units that reported both of its counts in both periods only. */
    private static BigDecimal change(List<HandlingFigures> then, List<HandlingFigures> now,
                                     Function<HandlingFigures, Count> part, Function<HandlingFigures, Count> whole) {
        var keepThen = new java.util.ArrayList<HandlingFigures>();
        var keepNow = new java.util.ArrayList<HandlingFigures>();
        for (int i = 0; i < now.size(); i++) {
            if (reports(then.get(i), part, whole) && reports(now.get(i), part, whole)) {
                keepThen.add(then.get(i));
                keepNow.add(now.get(i));
            }
        }
        return points(share(keepThen, part, whole), share(keepNow, part, whole));
    }

    private static boolean reports(HandlingFigures f, Function<HandlingFigures, Count> part,
                                   Function<HandlingFigures, Count> whole) {
        return part.apply(f).isReported() && whole.apply(f).isReported();
    }

    private static BigDecimal points(Share before, Share now) {
        if (before.rate() instanceof Rate.Computed b && now.rate() instanceof Rate.Computed n) {
            return n.percent().subtract(b.percent());
        }
        return null;
    }
}
