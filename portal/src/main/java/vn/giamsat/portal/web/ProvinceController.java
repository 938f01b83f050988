package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;

/**
 * "/tinh/{slug}": one province's published figures, drilled down to its communes (issue 18 item 2). The headline
 * cards add the province's units as the home page adds the country's; the table gives each commune's received
 * dossiers, its on-time and online shares, and their change against the previous period of the same length, and
 * can be sorted by any of them. Sorting is a link (no script): the page works the same without JavaScript and when
 * printed. A commune with no figures of the period shown is listed apart, never as a row of zeros.
 */
@Controller
class ProvinceController {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final PublishedResultsQueries published;
    private final FiguresPresenter presenter;

    ProvinceController(PublishedResultsQueries published, FiguresPresenter presenter) {
        this.published = published;
        this.presenter = presenter;
    }

    /** A province as other pages link to it. */
    record ProvinceLink(String name, String path) {}

    /** One commune of the province in the period shown; {@code null} differences are "not comparable". */
    record CommuneRow(String unitName, String unitPath, String formerNote, FigureRow.CountCell received,
                      FigureRow.RateCell onTimeRate, FigureRow.RateCell onlineShare, String receivedChange,
                      String onTimeChange, String onlineChange) {}

    /** A column header that sorts: its link, and how it is sorted now ("ascending", "descending" or none). */
    record SortLink(String label, String href, String ariaSort) {}

    /** Another period of the province that the reader can switch to. */
    record PeriodLink(String label, String href, int units, boolean current) {}

    /** The sort orders offered, by their address value. */
    enum SortBy {
        TEN("ten"), TIEP_NHAN("tiep-nhan"), DUNG_HAN("dung-han"), TRUC_TUYEN("truc-tuyen");

        final String value;

        SortBy(String value) {
            this.value = value;
        }

        /** An unknown or missing value sorts by name: a link someone shortened still shows the page. */
        static SortBy of(String value) {
            for (SortBy s : values()) {
                if (s.value.equals(value)) {
                    return s;
                }
            }
            return TEN;
        }
    }

    /** Provinces with published figures, as links; a unit whose province is unknown has no province page. */
    static List<ProvinceLink> provinceLinks(Map<String, List<PublishedUnitFigures>> byProvince) {
        return byProvince.keySet().stream().filter(p -> !p.isEmpty()).map(p -> new ProvinceLink(p, "/tinh/" + slug(p)))
                .toList();
    }

    /**
     * "Tỉnh Quảng Nam" → "quang-nam", "Thành phố Hồ Chí Minh" → "ho-chi-minh": the name without its kind, without
     * diacritics (đ → d), lower case, words joined by hyphens. Province names are unique without their kind.
     */
    static String slug(String province) {
        String name = province.strip().replaceFirst("^(?iu)(tỉnh|thành phố)\\s+", "");
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @GetMapping("/tinh/{slug}")
    String province(@PathVariable String slug, @RequestParam(name = "ky", required = false) String period,
                    @RequestParam(name = "sap-xep", required = false) String sort,
                    @RequestParam(name = "thu-tu", required = false) String order, Model model, Locale locale) {
        Map.Entry<String, List<PublishedUnitFigures>> province = published.publishedUnitFiguresByProvince().entrySet()
                .stream().filter(e -> !e.getKey().isEmpty() && slug(e.getKey()).equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<PublishedUnitFigures> whole = PublishedUnitFigures.countedOnce(province.getValue()); // one row per unit and period
        // the periods of this province, newest first (by end, then by start: a year before the two years it ends)
        Map<String, LocalDate[]> periods = new LinkedHashMap<>();
        whole.stream().sorted(Comparator.comparing((PublishedUnitFigures f) -> f.figures().periodTo())
                        .thenComparing(f -> f.figures().periodFrom()).reversed())
                .forEach(f -> periods.putIfAbsent(periodValue(f.figures().periodFrom(), f.figures().periodTo()),
                        new LocalDate[] {f.figures().periodFrom(), f.figures().periodTo()}));
        if (periods.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String chosen = period == null ? periods.keySet().iterator().next() : period;
        LocalDate[] fromTo = periods.get(chosen);
        if (fromTo == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // a period this province has no figures for
        }
        LocalDate from = fromTo[0];
        LocalDate to = fromTo[1];
        SortBy by = SortBy.of(sort);
        boolean descending = "giam".equals(order);
        String path = "/tinh/" + slug;

        model.addAttribute("provinceName", province.getKey());
        model.addAttribute("periodText", presenter.period(from, to, locale));
        HeadlineFigures.of(whole, from, to).ifPresent(h -> model.addAttribute("headline",
                HeadlineCards.of(h, presenter, locale)));

        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = HeadlineFigures.previousStart(from, to);
        List<PublishedUnitFigures> now = inPeriod(whole, from, to);
        Map<String, PublishedUnitFigures> before = new LinkedHashMap<>();
        inPeriod(whole, previousFrom, previousTo).forEach(f -> before.putIfAbsent(f.unit().unitId(), f));
        List<PublishedUnitFigures> sorted = new ArrayList<>(now);
        sorted.sort(comparator(by, descending));
        List<CommuneRow> rows = sorted.stream().map(f -> row(f, before.get(f.unit().unitId()), locale)).toList();
        model.addAttribute("communes", rows);
        model.addAttribute("previousPeriod", presenter.period(previousFrom, previousTo, locale));
        model.addAttribute("sortLinks", sortLinks(path, chosen, period != null, by, descending, locale));

        // units of the province that have figures, but none of this period: named, with a link, never a row of 0
        Map<String, PublishedUnitFigures> others = new LinkedHashMap<>();
        whole.stream().filter(f -> now.stream().noneMatch(n -> n.unit().unitId().equals(f.unit().unitId())))
                .forEach(f -> others.putIfAbsent(f.unit().unitId(), f));
        model.addAttribute("otherUnits", others.values().stream()
                .sorted(Comparator.comparing((PublishedUnitFigures f) -> f.unit().name(), VIETNAMESE))
                .map(f -> new ProvinceLink(presenter.unitName(f.unit(), locale), "/don-vi/" + f.unit().unitId())).toList());
        model.addAttribute("periods", periods.entrySet().stream().map(e -> new PeriodLink(
                presenter.period(e.getValue()[0], e.getValue()[1], locale), path + "?ky=" + e.getKey()
                        + (PortalLocales.isEnglish(locale) ? "&" + PortalLocales.PARAMETER + "=en" : ""),
                (int) inPeriod(whole, e.getValue()[0], e.getValue()[1]).stream().map(f -> f.unit().unitId()).distinct().count(),
                e.getKey().equals(chosen))).toList());
        return "province";
    }

    /** "2022-01-01_2022-12-31": readable in the address, and only the province's own periods are accepted. */
    private static String periodValue(LocalDate from, LocalDate to) {
        return from + "_" + to;
    }

    private static List<PublishedUnitFigures> inPeriod(List<PublishedUnitFigures> all, LocalDate from, LocalDate to) {
        return all.stream().filter(f -> f.figures().periodFrom().equals(from) && f.figures().periodTo().equals(to)).toList();
    }

    private CommuneRow row(PublishedUnitFigures now, PublishedUnitFigures before, Locale locale) {
        FigureRow row = presenter.row(now, locale);
        String noPrevious = presenter.message("province.noPrevious", locale);
        Long receivedChange = before != null && before.figures().received() instanceof Count.Reported(long a)
                && now.figures().received() instanceof Count.Reported(long b) ? b - a : null;
        return new CommuneRow(row.unitName(), "/don-vi/" + now.unit().unitId(), row.formerUnitNote(), row.received(),
                row.onTimeRate(), row.onlineShare(),
                before == null ? noPrevious : presenter.signedCount(receivedChange, locale),
                before == null ? noPrevious : presenter.points(points(before.onTimeRate(), now.onTimeRate()), locale),
                before == null ? noPrevious : presenter.points(points(before.onlineShare(), now.onlineShare()), locale));
    }

    /** A change in points only between two rates computed from counts, as on a unit's page. */
    private static BigDecimal points(Rate a, Rate b) {
        return a instanceof Rate.Computed x && b instanceof Rate.Computed y ? y.percent().subtract(x.percent()) : null;
    }

    /**
     * Rows by the chosen column; a commune with no value in it ("not reported", no rate) comes last either way, so
     * that a gap never sorts as a 0 at the bottom or the top.
     */
    private static Comparator<PublishedUnitFigures> comparator(SortBy by, boolean descending) {
        Comparator<PublishedUnitFigures> byName = Comparator.comparing(f -> f.unit().name(), VIETNAMESE);
        return switch (by) {
            case TEN -> descending ? byName.reversed() : byName;
            case TIEP_NHAN -> gapsLast(f -> f.figures().received().isReported()
                    ? BigDecimal.valueOf(f.figures().received().orNull()) : null, descending).thenComparing(byName);
            case DUNG_HAN -> gapsLast(f -> f.onTimeRate().percentage().orElse(null), descending).thenComparing(byName);
            case TRUC_TUYEN -> gapsLast(f -> f.onlineShare().percentage().orElse(null), descending).thenComparing(byName);
        };
    }

    private static Comparator<PublishedUnitFigures> gapsLast(Function<PublishedUnitFigures, BigDecimal> key,
                                                             boolean descending) {
        Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values));
    }

    private List<SortLink> sortLinks(String path, String period, boolean periodChosen, SortBy current,
                                     boolean descending, Locale locale) {
        List<SortLink> links = new ArrayList<>();
        for (SortBy s : SortBy.values()) {
            boolean active = s == current;
            // a second click on the sorted column turns its order; a new column starts with the largest first
            // (the name column with A first)
            boolean nextDescending = active ? !descending : s != SortBy.TEN;
            String query = (periodChosen ? "ky=" + period + "&" : "") + "sap-xep=" + s.value
                    + (nextDescending ? "&thu-tu=giam" : "")
                    + (PortalLocales.isEnglish(locale) ? "&" + PortalLocales.PARAMETER + "=en" : "");
            links.add(new SortLink(presenter.message("province.sort." + s.value, locale), path + "?" + query,
                    active ? (descending ? "descending" : "ascending") : null));
        }
        return links;
    }

}
