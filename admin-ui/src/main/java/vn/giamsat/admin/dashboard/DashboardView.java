package vn.giamsat.admin.dashboard;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import vn.giamsat.admin.ui.ListExport;
import vn.giamsat.domain.common.Period;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.unit.UnitId;

/**
 * Indicators per unit and period across one or more rounds (issue 18 item 3), narrowed to a span of days,
 * compared in a bar chart drawn on the server as SVG, with the numbers in a table beside it (the table is what
 * screen readers and the CSV/XLSX export read). Opens on the newest round, as before.
 */
@PermitAll // the use cases show each user only the rounds they may see
@Route(value = "bang-dieu-khien", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    enum Indicator { ON_TIME, LATE, ONLINE }

    /** One row of the table: a unit's figures for one period, from one round. */
    record Line(RoundSummary round, HandlingFigures figures) {}

    private final RoundQueries rounds;
    private final RoundContextQueries admin;
    private final H2 title = new H2();
    private final MultiSelectComboBox<RoundSummary> round = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Indicator> indicator = new Select<>();
    private final Div chart = new Div();
    private final Grid<Line> table = new Grid<>(Line.class, false);
    private final ListExport<Line> export = new ListExport<>(table, "bang-dieu-khien");
    private Map<UnitId, UnitOption> units = Map.of();

    public DashboardView(RoundQueries rounds, RoundContextQueries admin) {
        this.rounds = rounds;
        this.admin = admin;
        setWidthFull();
        round.setId("dashboard-rounds");
        round.setItemLabelGenerator(r -> r.resolutionNumber() + " – " + r.subject());
        round.setWidth("min(100%, 36rem)");
        from.setId("dashboard-from");
        to.setId("dashboard-to");
        indicator.setId("dashboard-indicator");
        indicator.setItems(Indicator.values());
        indicator.setValue(Indicator.ON_TIME);
        round.addValueChangeListener(e -> show());
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        indicator.addValueChangeListener(e -> show());
        chart.setId("dashboard-chart");
        chart.addClassName("dashboard-chart");
        table.setId("dashboard-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addClassName("dashboard-table");
        HorizontalLayout pickers = new HorizontalLayout(round, from, to, indicator, export);
        pickers.setWrap(true);
        FlexLayout side = new FlexLayout(chart, table);
        side.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        side.setWidthFull();
        side.addClassName("dashboard");
        add(title, pickers, side);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        units = admin.units().stream().collect(Collectors.toMap(UnitOption::id, Function.identity(), (a, b) -> a));
        List<RoundSummary> all = rounds.listRounds();
        round.setItems(all);
        if (!all.isEmpty()) {
            round.setValue(Set.of(all.getFirst()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dashboard.title"));
        round.setLabel(getTranslation("dashboard.rounds"));
        from.setLabel(getTranslation("dashboard.from"));
        to.setLabel(getTranslation("dashboard.to"));
        indicator.setLabel(getTranslation("dashboard.indicator"));
        indicator.setItemLabelGenerator(i -> getTranslation("dashboard.indicator." + i.name().toLowerCase(java.util.Locale.ROOT)));
        export.removeAllColumns();
        export.column(this::label).setHeader(getTranslation("figures.unit")).setFlexGrow(2)
                .setComparator(this::label);
        export.column(l -> l.figures().received().isReported() ? FiguresText.count(l.figures().received()) : getTranslation("figures.not-reported"))
                .setHeader(getTranslation("figures.count.received")).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(l -> l.figures().received().orNull(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Indicator i : Indicator.values()) {
            export.column(l -> FiguresText.rate(rate(l.figures(), i)))
                    .setHeader(getTranslation("dashboard.indicator." + i.name().toLowerCase(java.util.Locale.ROOT)))
                    .setTextAlign(ColumnTextAlign.END)
                    .setComparator(Comparator.comparing(l -> percent(rate(l.figures(), i)), Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        export.column(l -> l.round().resolutionNumber()).setHeader(getTranslation("dashboard.round"))
                .setComparator(l -> l.round().resolutionNumber());
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }

    /** The figures of every chosen round whose period meets the chosen days (either end may be open). */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        List<RoundSummary> chosen = round.getValue().stream()
                .sorted(Comparator.comparing(RoundSummary::resolutionDate).reversed()).toList();
        for (RoundSummary r : chosen) {
            for (HandlingFigures f : admin.figuresOfRound(r.id())) {
                if (meets(f.period(), from.getValue(), to.getValue())) {
                    lines.add(new Line(r, f));
                }
            }
        }
        return lines;
    }

    static boolean meets(Period period, LocalDate first, LocalDate last) {
        return (first == null || !period.to().isBefore(first)) && (last == null || !period.from().isAfter(last));
    }

    private void show() {
        List<Line> lines = lines();
        table.setItems(lines);
        table.setEmptyStateText(getTranslation("figures.empty"));
        Indicator which = indicator.getValue() == null ? Indicator.ON_TIME : indicator.getValue();
        String chartTitle = getTranslation("dashboard.indicator." + which.name().toLowerCase(java.util.Locale.ROOT));
        List<BarChartSvg.Bar> bars = lines.stream()
                .map(l -> new BarChartSvg.Bar(chartLabel(l), percent(rate(l.figures(), which)), FiguresText.rate(rate(l.figures(), which))))
                .toList();
        chart.removeAll();
        chart.add(new Svg(BarChartSvg.draw(chartTitle, bars)));
    }

    private String label(Line l) {
        UnitOption u = units.get(l.figures().unit());
        return (u == null ? l.figures().unit().toString() : u.displayName()) + " · " + l.figures().period().toVietnamese();
    }

    /** With several rounds chosen, a bar names its round too (the same unit and period may be in two). */
    private String chartLabel(Line l) {
        return round.getValue().size() > 1 ? label(l) + " · " + l.round().resolutionNumber() : label(l);
    }

    private static Rate rate(HandlingFigures f, Indicator i) {
        Indicators ind = Indicators.of(f);
        return switch (i) {
            case ON_TIME -> ind.onTimeRate();
            case LATE -> ind.lateRate();
            case ONLINE -> ind.onlineShare();
        };
    }

    private static BigDecimal percent(Rate r) {
        return r.percentage().orElse(null);
    }
}
