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
        var whole = unit.figures().stream().filter(ServiceIndexPresenter::wholeUnit).toList();
        model.addAttribute("indexes", whole.stream().map(f -> {
            String period = figures.period(f.figures().periodFrom(), f.figures().periodTo(), locale);
            // A period published from two sources (decision 052) shows both, each named by its source.
            boolean several = whole.stream().filter(o -> o.figures().periodFrom().equals(f.figures().periodFrom())
                    && o.figures().periodTo().equals(f.figures().periodTo())).count() > 1;
            return several ? index.index(f, period + " (" + (PortalLocales.isEnglish(locale)
                            ? f.figures().source().english() : f.figures().source().vietnamese()) + ")", locale,
                    "-" + f.figures().source().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    : index.index(f, period, locale);
        }).toList());
        return "unit-index";
    }

    @GetMapping(ServiceIndexPresenter.FORMULA_PAGE)
    String formula(Model model, Locale locale) {
        model.addAttribute("groups", index.formula(locale));
        return "index-formula";
    }
}
