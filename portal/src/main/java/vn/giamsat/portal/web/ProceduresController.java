package vn.giamsat.portal.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.ProcedureSearch;
import vn.giamsat.domain.procedure.OnlineMode;

/** "/thu-tuc": the procedure catalogue, searched by words and filtered; "/thu-tuc/{code}": one procedure. */
@Controller
class ProceduresController {
    private final ProcedureQueries procedures;

    ProceduresController(ProcedureQueries procedures) {
        this.procedures = procedures;
    }

    @GetMapping("/thu-tuc")
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "linh-vuc", required = false) String field,
                @RequestParam(name = "don-vi", required = false) String unit,
                @RequestParam(name = "truc-tuyen", required = false) String online,
                @RequestParam(name = "buu-chinh", required = false) String postal,
                Model model, Locale locale) {
        OnlineMode mode = parseMode(online);
        boolean postalOnly = "co".equals(postal);
        var search = new ProcedureSearch(text, field, unit, mode, postalOnly ? Boolean.TRUE : null);
        model.addAttribute("listing", procedures.search(search));
        model.addAttribute("search", search);
        model.addAttribute("onlineModes", OnlineMode.values());
        model.addAttribute("english", PortalLocales.isEnglish(locale));
        return "procedures";
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute("item", procedures.procedure(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("english", PortalLocales.isEnglish(locale));
        return "procedure";
    }

    /** An unknown value is "any mode", as an empty one: a hand-edited address still gives a page. */
    private static OnlineMode parseMode(String value) {
        if (value == null) {
            return null;
        }
        for (OnlineMode m : OnlineMode.values()) {
            if (m.name().equalsIgnoreCase(value)) {
                return m;
            }
        }
        return null;
    }
}
