package vn.giamsat.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;

/** "/": what the portal offers, which results are published, and a way into each unit's figures. */
@Controller
class HomeController {
    private final PublishedResultsQueries published;
    private final FiguresPresenter presenter;

    HomeController(PublishedResultsQueries published, FiguresPresenter presenter) {
        this.published = published;
        this.presenter = presenter;
    }

    /** A published round as the home page lists it. */
    record PublicationLine(String resolutionNumber, int version, long rowCount) {}

    @GetMapping("/")
    String home(Model model, Locale locale) {
        var figures = published.publishedUnitFigures();
        Map<String, PublicationLine> publications = new LinkedHashMap<>();
        figures.forEach(f -> publications.merge(f.roundId(),
                new PublicationLine(f.resolutionNumber(), f.version(), 1),
                (a, b) -> new PublicationLine(a.resolutionNumber(), a.version(), a.rowCount() + 1)));
        List<FigureRow> rows = presenter.rows(figures, locale);
        model.addAttribute("publications", List.copyOf(publications.values()));
        model.addAttribute("rows", rows);
        HeadlineFigures.of(figures).ifPresent(h -> model.addAttribute("headline", headline(h, locale)));
        return "home";
    }

    /** A headline card: its label, its value as the reader sees it, and what it was computed from. */
    /** @param style "unavailable" (a sentence instead of a number) or "long" (several numbers), else null */
    record Card(String label, String value, String detail, String style) {}

    record Headline(String heading, List<Card> cards) {}

    private Headline headline(HeadlineFigures h, Locale locale) {
        String units = Integer.toString(h.units());
        Card received = new Card(presenter.message("home.cards.received", locale),
                h.received().count() == null ? presenter.message("count.notReported", locale)
                        : java.text.NumberFormat.getIntegerInstance(locale).format(h.received().count()),
                presenter.message("home.cards.units", locale, Integer.toString(h.received().reporting()), units),
                h.received().count() == null ? "unavailable" : null);
        Card onTime = shareCard("home.cards.onTime", h.onTime(), units, locale);
        Card online = shareCard("home.cards.online", h.online(), units, locale);
        Card change = h.previous().map(c -> new Card(presenter.message("home.cards.change", locale),
                c.receivedChange() == null && c.onTimePoints() == null && c.onlinePoints() == null
                        ? presenter.message("trend.notComparable", locale) : String.join("; ",
                        presenter.message("home.cards.changeReceived", locale, presenter.signedCount(c.receivedChange(), locale)),
                        presenter.message("home.cards.changeOnTime", locale, presenter.points(c.onTimePoints(), locale)),
                        presenter.message("home.cards.changeOnline", locale, presenter.points(c.onlinePoints(), locale))),
                presenter.message("home.cards.previous", locale, presenter.period(c.from(), c.to(), locale),
                        Integer.toString(c.commonUnits())), "long"))
                .orElse(new Card(presenter.message("home.cards.change", locale),
                        presenter.message("home.cards.noPrevious", locale), null, "unavailable"));
        return new Headline(presenter.message("home.cards.heading", locale, presenter.period(h.from(), h.to(), locale)),
                List.of(received, onTime, online, change));
    }

    private Card shareCard(String label, HeadlineFigures.Share share, String units, Locale locale) {
        return new Card(presenter.message(label, locale),
                share.rate().percentText(locale).orElse(presenter.message("home.cards.notEnough", locale)),
                presenter.message("home.cards.rateUnits", locale, Integer.toString(share.reporting()), units),
                share.rate().isAvailable() ? null : "unavailable");
    }
}
