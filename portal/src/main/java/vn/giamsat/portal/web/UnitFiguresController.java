package vn.giamsat.portal.web;

import java.util.List;
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
        // Only units with published figures, grouped by their province (decision 032): the catalogue holds the
        // whole country, the page lists what has been published.
        List<ProvinceRows> groups = published.publishedUnitFiguresByProvince().entrySet().stream()
                .map(e -> new ProvinceRows(e.getKey(), presenter.rows(e.getValue(), locale))).toList();
        model.addAttribute("groups", groups);
        model.addAttribute("rows", groups.stream().flatMap(g -> g.rows().stream()).toList());
        return "units";
    }

    /** @param province "Tỉnh Quảng Nam"; empty when the unit's province is not known */
    record ProvinceRows(String province, List<FigureRow> rows) {
        /** The province's own page, drilling down to its communes ("/tinh/quang-nam"). */
        public String path() {
            return "/tinh/" + ProvinceController.slug(province);
        }
    }
}
