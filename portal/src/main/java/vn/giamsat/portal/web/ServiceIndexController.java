package vn.giamsat.portal.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.publication.port.in.PerformanceQueries;

/**
 * "/don-vi/{id}/chi-so": a unit's Decision 766/QĐ-TTg index per period with its breakdown; "/chi-so-766": how each
 * indicator is computed, its points, threshold and where they were read.
 */
@Controller
class ServiceIndexController {
    private final PerformanceQueries performance;
    private final FiguresPresenter figures;
    private final ServiceIndexPresenter index;

    ServiceIndexController(PerformanceQueries performance, FiguresPresenter figures, ServiceIndexPresenter index) {
        this.performance = performance;
        this.figures = figures;
        this.index = index;
    }

    @GetMapping("/don-vi/{unitId}/chi-so")
    String unitIndex(@PathVariable String unitId, Model model, Locale locale) {
        var unit = performance.unit(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("unitName", figures.unitName(unit.unit(), locale));
        model.addAttribute("unitPath", "/don-vi/" + unit.unit().unitId());
        model.addAttribute("indexes", unit.figures().stream().filter(ServiceIndexPresenter::wholeUnit)
                .map(f -> index.index(f, figures.period(f.figures().periodFrom(), f.figures().periodTo(), locale), locale))
                .toList());
        return "unit-index";
    }

    @GetMapping(ServiceIndexPresenter.FORMULA_PAGE)
    String formula(Model model, Locale locale) {
        model.addAttribute("groups", index.formula(locale));
        return "index-formula";
    }
}
