package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.index.IndexGroup;
import vn.giamsat.domain.index.IndexInput;
import vn.giamsat.domain.index.IndexInputs;
import vn.giamsat.domain.index.IndicatorRule;
import vn.giamsat.domain.index.IndicatorScore;
import vn.giamsat.domain.index.ServiceIndex;
import vn.giamsat.domain.index.ServiceIndexRules;

/**
 * The Decision 766/QĐ-TTg index of a unit's whole figures for one period, worded for one language: each number with
 * its inputs and a link to its formula; an indicator without inputs says "không có dữ liệu", never 0 points.
 */
@Component
class ServiceIndexPresenter {
    static final String FORMULA_PAGE = "/chi-so-766";

    private final ServiceIndexRules rules;
    private final MessageSource messages;

    /**
     * @param environment the province's settings for values not read in the decision's text (docs/service-index.md):
     *                    {@code giamsat.index.<code>.points} and {@code giamsat.index.<code>.threshold}, e.g.
     *                    GIAMSAT_INDEX_2A_THRESHOLD=95; invalid settings stop the start with the reason
     */
    ServiceIndexPresenter(org.springframework.core.env.Environment environment, MessageSource messages) {
        java.util.Map<String, String> settings = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("giamsat.index", org.springframework.boot.context.properties.bind.Bindable
                        .mapOf(String.class, String.class)).orElse(java.util.Map.of());
        this.rules = ServiceIndexRules.defaults().withSettings(settings);
        this.messages = messages;
    }

    record IndicatorLine(String code, String name, boolean measurable, String value, String points, String maxPoints,
                         String inputs, String formulaAnchor) {}

    record GroupLine(String name, String maxPoints, String total, List<IndicatorLine> indicators) {}

    record IndexView(String period, String anchor, String total, boolean anythingMeasurable, List<GroupLine> groups) {}

    /** {@code held}: whether the published figures give the indicator's inputs, and when (a sentence). */
    record RuleLine(String code, String anchor, String name, String formula, String maxPoints, String threshold,
                    String source, boolean pointsVerified, boolean thresholdVerified, String held) {}

    /** What every set of published handling figures can give (form II.06a's counts). */
    private static final List<IndexInput> FROM_FIGURES = List.of(IndexInput.RECEIVED, IndexInput.RECEIVED_ONLINE,
            IndexInput.RESOLVED, IndexInput.RESOLVED_WITHIN_DEADLINE);
    /**
     * What only figures counted from dossier records give, when the export carries the column (decision 052):
     * {@code so_hoa_ket_qua} gives the results digitized.
     */
    private static final List<IndexInput> FROM_DOSSIER_COLUMNS = List.of(IndexInput.RESULTS_ELECTRONIC);

    record GroupRules(String name, String maxPoints, List<RuleLine> indicators) {}

    ServiceIndexRules rules() {
        return rules;
    }

    /** Only a unit's whole figures (all channels, all procedures) make an index: one channel's are not the unit's. */
    static boolean wholeUnit(PublishedUnitFigures f) {
        return f.figures().channel() == null && f.figures().procedureCode() == null;
    }

    IndexView index(PublishedUnitFigures published, String period, Locale locale) {
        return index(published, period, locale, "");
    }

    /** @param anchorSuffix keeps the anchor unique when a period is published from several sources */
    IndexView index(PublishedUnitFigures published, String period, Locale locale, String anchorSuffix) {
        ServiceIndex index = ServiceIndex.of(rules, IndexInputs.fromFigures(published.figures().toFigures()));
        var f = published.figures();
        String anchor = "chi-so-" + f.periodFrom() + "-" + f.periodTo() + anchorSuffix;
        List<GroupLine> groups = java.util.Arrays.stream(IndexGroup.values()).map(g -> new GroupLine(
                name(g, locale), points(g.maxPoints(), locale),
                index.groupMeasurablePoints(g).signum() == 0 ? message("index.group.noData", locale)
                        : message("index.outOf", locale, points(index.groupPoints(g), locale),
                        points(index.groupMeasurablePoints(g), locale)),
                index.group(g).stream().map(s -> line(s, locale)).toList())).toList();
        String total = index.anythingMeasurable()
                ? message("index.total", locale, points(index.points(), locale), points(index.measurablePoints(), locale),
                points(index.maxPoints(), locale))
                : message("index.total.nothing", locale, points(index.maxPoints(), locale));
        return new IndexView(period, anchor, total, index.anythingMeasurable(), groups);
    }

    List<GroupRules> formula(Locale locale) {
        return java.util.Arrays.stream(IndexGroup.values()).map(g -> new GroupRules(name(g, locale),
                points(g.maxPoints(), locale), rules.indicators().stream().filter(r -> r.group() == g).map(r ->
                        new RuleLine(r.code(), anchor(r), name(r, locale),
                                message("index.formula", locale, input(r.numerator(), locale), input(r.denominator(), locale)),
                                points(r.maxPoints(), locale),
                                Rate100.text(r.thresholdPercent(), locale),
                                r.source(), r.pointsVerified(), r.thresholdVerified(), held(r, locale)))
                        .toList())).toList();
    }

    private String held(IndicatorRule r, Locale locale) {
        boolean numerator = FROM_FIGURES.contains(r.numerator());
        boolean denominator = FROM_FIGURES.contains(r.denominator());
        if (numerator && denominator) {
            return message("index.formula.held", locale);
        }
        if (denominator && FROM_DOSSIER_COLUMNS.contains(r.numerator())) {
            return message("index.formula.heldWithDossierColumn", locale);
        }
        return message("index.formula.notHeld", locale);
    }

    private IndicatorLine line(IndicatorScore s, Locale locale) {
        IndicatorRule r = s.rule();
        String max = points(r.maxPoints(), locale);
        return switch (s) {
            case IndicatorScore.Scored sc -> new IndicatorLine(r.code(), name(r, locale), true,
                    Rate100.text(sc.percent(), locale), points(sc.points(), locale), max,
                    message("index.inputs", locale, input(r.numerator(), locale), integer(sc.numerator(), locale),
                            input(r.denominator(), locale), integer(sc.denominator(), locale)),
                    anchor(r));
            case IndicatorScore.NoData nd -> new IndicatorLine(r.code(), name(r, locale), false,
                    message("index.noData", locale), null, max,
                    message("index.missing", locale, String.join("; ", nd.missing().stream()
                            .map(i -> input(i, locale)).toList())), anchor(r));
            case IndicatorScore.NothingToMeasure nm -> new IndicatorLine(r.code(), name(r, locale), false,
                    message("index.nothingToMeasure", locale, input(r.denominator(), locale)), null, max, null, anchor(r));
        };
    }

    static String anchor(IndicatorRule r) {
        return "chi-so-" + r.code();
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static boolean english(Locale locale) {
        return PortalLocales.isEnglish(locale);
    }

    private static String name(IndexGroup g, Locale locale) {
        return english(locale) ? g.english() : g.vietnamese();
    }

    private static String name(IndicatorRule r, Locale locale) {
        return english(locale) ? r.english() : r.vietnamese();
    }

    private static String input(IndexInput i, Locale locale) {
        return english(locale) ? i.english() : i.vietnamese();
    }

    private static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Points with at most two decimals in the reader's digits: "19,21", "20", "0,33". */
    static String points(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A percent with one decimal as every rate of the portal ("96,0%"). */
    private static final class Rate100 {
        static String text(BigDecimal percent, Locale locale) {
            return vn.giamsat.domain.figures.Rate.percentNumber(percent, locale) + "%";
        }
    }
}
