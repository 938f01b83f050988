package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.in.PerformanceQueries;
import vn.giamsat.application.publication.port.in.PerformanceQueries.RankedFigures;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.round.Adoption;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries.FollowedRecommendation;

/** "/don-vi/{id}": one unit's published performance; "/so-sanh": all units compared and ranked. */
@Controller
class PerformanceController {
    private final PerformanceQueries performance;
    private final FiguresPresenter presenter;
    private final FollowUpTimelineQueries followUp;
    private final FollowUpPresenter followUpPresenter;

    PerformanceController(PerformanceQueries performance, FiguresPresenter presenter, FollowUpTimelineQueries followUp,
                          FollowUpPresenter followUpPresenter) {
        this.performance = performance;
        this.presenter = presenter;
        this.followUp = followUp;
        this.followUpPresenter = followUpPresenter;
    }

    /** A recommendation addressed to the unit in a published round, with its status as accepted since (decision 049). */
    record UnitRecommendationLine(String round, String path, String text, String dueDate, String status,
                                  String acceptedOn) {}

    record TrendLine(String from, String to, String received, String onTimeRate, String onlineShare) {}

    record RankedRow(String rank, boolean alone, FigureRow row) {}

    @GetMapping("/don-vi/{unitId}")
    String unit(@PathVariable String unitId, Model model, Locale locale) {
        var unit = performance.unit(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<FigureRow> rows = unit.figures().stream().map(f -> presenter.row(f, locale)).toList();
        model.addAttribute("unitName", presenter.unitName(unit.unit(), locale));
        model.addAttribute("unitCode", unit.unit().code());
        model.addAttribute("formerNote", unit.formerUnit() ? presenter.formerUnit(unit.successorNames(), locale) : null);
        model.addAttribute("rows", rows);
        model.addAttribute("trends", unit.trends().stream().map(t -> new TrendLine(
                presenter.period(t.from().figures().periodFrom(), t.from().figures().periodTo(), locale),
                presenter.period(t.to().figures().periodFrom(), t.to().figures().periodTo(), locale),
                presenter.signedCount(t.receivedChange(), locale),
                presenter.points(t.onTimeRatePoints(), locale),
                presenter.points(t.onlineSharePoints(), locale))).toList());
        model.addAttribute("chart", chart(unit.figures(), rows, true, locale));
        model.addAttribute("indexPath", "/don-vi/" + unit.unit().unitId() + "/chi-so");
        addReceivedTrend(model, unit.figures(), rows, locale);
        List<FollowedRecommendation> followed = followUp.ofUnit(unit.unit().unitId());
        boolean english = PortalLocales.isEnglish(locale);
        model.addAttribute("unitRecommendations", followed.stream().map(f -> new UnitRecommendationLine(
                f.round().snapshot().resolutionNumber(),
                "/giam-sat/" + f.round().round().value() + "#" + FollowUpPresenter.anchor(f.number()),
                f.recommendation().text(), f.recommendation().dueDate() == null ? null
                        : presenter.date(f.recommendation().dueDate(), locale),
                !f.recommendation().followedUp()
                        ? (english ? Adoption.NOT_ADOPTED.english() : Adoption.NOT_ADOPTED.vietnamese())
                        : followUpPresenter.status(f.status(), locale),
                followUpPresenter.acceptedOn(f, locale))).toList());
        model.addAttribute("timeline", followUpPresenter.lines(followed, locale));
        model.addAttribute("feedPath", FollowUpFeedController.unitFeedPath(unit.unit().unitId()));
        model.addAttribute("feedTitle", presenter.message("followUp.feedOfUnit", locale,
                presenter.unitName(unit.unit(), locale)));
        return "unit";
    }

    @GetMapping("/so-sanh")
    String comparison(Model model, Locale locale) {
        List<RankedFigures> ranked = performance.comparison();
        List<RankedRow> rows = ranked.stream().map(r -> new RankedRow(
                r.rank() == null ? null : r.rank() + "/" + r.rankedOutOf(), r.aloneInPeriod(),
                presenter.row(r.figures(), locale))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("chart", chart(ranked.stream().map(RankedFigures::figures).toList(),
                rows.stream().map(RankedRow::row).toList(), false, locale));
        return "comparison";
    }

    /** One line of the trend table beside the received chart: the unit's whole figures of one period. */
    record TrendRow(String period, FigureRow.CountCell received, FigureRow.RateCell onTimeRate,
                    FigureRow.RateCell onlineShare) {}

    /**
     * Dossiers received per period, oldest first, as bars scaled to the largest count, and the same numbers in a
     * table beside them. Only whole-unit figures: one channel's count is not the unit's.
     */
    private void addReceivedTrend(Model model, List<PublishedUnitFigures> figures, List<FigureRow> rows, Locale locale) {
        var lines = new java.util.ArrayList<Integer>();
        for (int i = 0; i < figures.size(); i++) {
            if (rows.get(i).scope() == null) {
                lines.add(i);
            }
        }
        lines.sort(java.util.Comparator.comparing((Integer i) -> figures.get(i).figures().periodFrom())
                .thenComparing(i -> figures.get(i).figures().periodTo()));
        long largest = lines.stream().map(i -> figures.get(i).figures().received().orNull())
                .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
        var bars = new java.util.ArrayList<BarChart.Bar>();
        var table = new java.util.ArrayList<TrendRow>();
        for (int i : lines) {
            FigureRow row = rows.get(i);
            Long received = figures.get(i).figures().received().orNull();
            BigDecimal share = received == null || largest == 0 ? null
                    : BigDecimal.valueOf(received * 100).divide(BigDecimal.valueOf(largest), 1, java.math.RoundingMode.HALF_UP);
            bars.add(new BarChart.Bar(row.period(), share, row.received().text(), false, false));
            table.add(new TrendRow(row.period(), row.received(), row.onTimeRate(), row.onlineShare()));
        }
        model.addAttribute("receivedChart", new BarChart(presenter.message("unitPage.trend.chart", locale),
                presenter.message("unitPage.trend.chartDescription", locale), bars));
        model.addAttribute("trendRows", table);
    }

    /** "2022", or "2021–2022": short enough for a bar's label, and tells apart one unit's periods. */
    private static String years(PublishedUnitFigures f) {
        int from = f.figures().periodFrom().getYear();
        int to = f.figures().periodTo().getYear();
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    /** On-time rate per row: a computed rate is a solid bar, a reported one hatched, none a labelled gap. */
    private BarChart chart(List<PublishedUnitFigures> figures, List<FigureRow> rows, boolean byPeriod, Locale locale) {
        var bars = new java.util.ArrayList<BarChart.Bar>();
        for (int i = 0; i < figures.size(); i++) {
            FigureRow row = rows.get(i);
            if (row.scope() != null) {
                continue; // one channel's rate is not the unit's
            }
            Rate rate = figures.get(i).onTimeRate();
            BigDecimal percent = rate.percentage().orElse(null);
            bars.add(new BarChart.Bar(byPeriod ? row.period() : row.unitName() + ", " + years(figures.get(i)), percent,
                    row.onTimeRate().value(),
                    rate instanceof Rate.ReportedOnly, row.onTimeRate().flagged()));
        }
        String title = presenter.message("chart.onTimeRate.title", locale);
        return new BarChart(title, presenter.message("chart.onTimeRate.description", locale), bars);
    }
}
