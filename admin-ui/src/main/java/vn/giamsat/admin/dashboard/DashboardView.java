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
import com.vaadin.flow.component.select.Select;
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
 * Indicators per unit and period of a round, compared in a bar chart drawn on the server as SVG, with the
 * numbers in a table beside it (the table is what screen readers and exports read).
 */
@PermitAll // the use cases show each user only the rounds they may see
@Route(value = "bang-dieu-khien", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    enum Indicator { ON_TIME, LATE, ONLINE }

    private final RoundQueries rounds;
    private final RoundContextQueries admin;
    private final H2 title = new H2();
    private final Select<RoundSummary> round = new Select<>();
    private final Select<Indicator> indicator = new Select<>();
    private final Div chart = new Div();
    private final Grid<HandlingFigures> table = new Grid<>(HandlingFigures.class, false);
    private Map<UnitId, UnitOption> units = Map.of();

    public DashboardView(RoundQueries rounds, RoundContextQueries admin) {
        this.rounds = rounds;
        this.admin = admin;
        setWidthFull();
        round.setId("dashboard-round");
        round.setItemLabelGenerator(r -> r.resolutionNumber() + " – " + r.subject());
        round.setWidth("min(100%, 36rem)");
        indicator.setId("dashboard-indicator");
        indicator.setItems(Indicator.values());
        indicator.setValue(Indicator.ON_TIME);
        round.addValueChangeListener(e -> show());
        indicator.addValueChangeListener(e -> show());
        chart.setId("dashboard-chart");
        chart.addClassName("dashboard-chart");
        table.setId("dashboard-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addClassName("dashboard-table");
        HorizontalLayout pickers = new HorizontalLayout(round, indicator);
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
            round.setValue(all.getFirst());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dashboard.title"));
        round.setLabel(getTranslation("dashboard.round"));
        indicator.setLabel(getTranslation("dashboard.indicator"));
        indicator.setItemLabelGenerator(i -> getTranslation("dashboard.indicator." + i.name().toLowerCase(java.util.Locale.ROOT)));
        table.removeAllColumns();
        table.addColumn(this::label).setHeader(getTranslation("figures.unit")).setFlexGrow(2)
                .setComparator(this::label);
        table.addColumn(f -> f.received().isReported() ? FiguresText.count(f.received()) : getTranslation("figures.not-reported"))
                .setHeader(getTranslation("figures.count.received")).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(f -> f.received().orNull(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Indicator i : Indicator.values()) {
            table.addColumn(f -> FiguresText.rate(rate(f, i)))
                    .setHeader(getTranslation("dashboard.indicator." + i.name().toLowerCase(java.util.Locale.ROOT)))
                    .setTextAlign(ColumnTextAlign.END)
                    .setComparator(Comparator.comparing(f -> percent(rate(f, i)), Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }

    private void show() {
        RoundSummary selected = round.getValue();
        List<HandlingFigures> figures = selected == null ? List.of() : admin.figuresOfRound(selected.id());
        table.setItems(figures);
        table.setEmptyStateText(getTranslation("figures.empty"));
        Indicator which = indicator.getValue() == null ? Indicator.ON_TIME : indicator.getValue();
        String chartTitle = getTranslation("dashboard.indicator." + which.name().toLowerCase(java.util.Locale.ROOT));
        List<BarChartSvg.Bar> bars = figures.stream()
                .map(f -> new BarChartSvg.Bar(label(f), percent(rate(f, which)), FiguresText.rate(rate(f, which))))
                .toList();
        chart.removeAll();
        chart.add(new Svg(BarChartSvg.draw(chartTitle, bars)));
    }

    private String label(HandlingFigures f) {
        UnitOption u = units.get(f.unit());
        return (u == null ? f.unit().toString() : u.displayName()) + " · " + f.period().toVietnamese();
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
