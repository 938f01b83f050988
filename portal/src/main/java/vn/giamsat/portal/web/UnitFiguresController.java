package vn.giamsat.portal.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;

/** "/don-vi": every unit's published figures, one row per unit and period. */
@Controller
class UnitFiguresController {
    private final PublishedResultsQueries published;
    private final FiguresPresenter presenter;

    UnitFiguresController(PublishedResultsQueries published, FiguresPresenter presenter) {
        this.published = published;
        this.presenter = presenter;
    }

    @GetMapping("/don-vi")
    String units(Model model, Locale locale) {
        model.addAttribute("rows", presenter.rows(published.publishedUnitFigures(), locale));
        return "units";
    }
}
