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
        HeadlineFigures.of(figures).ifPresent(h -> model.addAttribute("headline", HeadlineCards.of(h, presenter, locale)));
        model.addAttribute("provinces", ProvinceController.provinceLinks(published.publishedUnitFiguresByProvince()));
        return "home";
    }

}
