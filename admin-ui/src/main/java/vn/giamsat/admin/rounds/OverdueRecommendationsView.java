package vn.giamsat.admin.rounds;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.round.port.in.OverdueRecommendationsQueries;
import vn.giamsat.application.round.port.in.RoundListingQueries;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/**
 * Every recommendation past its due date and not done, across the rounds the reader may see (kiến nghị quá hạn),
 * longest overdue first, read a page at a time; each row leads to its round.
 */
@PermitAll
@Route(value = "kien-nghi-qua-han", layout = MainLayout.class)
public class OverdueRecommendationsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    private final OverdueRecommendationsQueries overdue;
    private final H2 title = new H2();
    private final Paragraph today = new Paragraph();
    final ComboBox<UnitListing> unit = new ComboBox<>();
    final ComboBox<RoundSummary> round = new ComboBox<>();
    final Grid<OverdueRecommendation> grid = new Grid<>(OverdueRecommendation.class, false);
    private final ListExport<OverdueRecommendation> gridExport = new ListExport<>(grid, "kien-nghi-qua-han");
    private final Grid.Column<OverdueRecommendation> roundColumn;
    private final Grid.Column<OverdueRecommendation> addressee;
    private final Grid.Column<OverdueRecommendation> text;
    private final Grid.Column<OverdueRecommendation> unitColumn;
    private final Grid.Column<OverdueRecommendation> due;
    private final Grid.Column<OverdueRecommendation> days;
    private final Grid.Column<OverdueRecommendation> status;

    public OverdueRecommendationsView(OverdueRecommendationsQueries overdue, RoundListingQueries rounds,
                                      UnitCatalogQueries units) {
        this.overdue = overdue;
        setSizeFull();
        unit.setId("overdue-unit");
        unit.setClearButtonVisible(true);
        unit.setItems(q -> units.find(new UnitSearch(q.getFilter().orElse(""), null, null, null),
                        GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(new UnitSearch(q.getFilter().orElse(""), null, null, null))));
        unit.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")");
        round.setId("overdue-round");
        round.setClearButtonVisible(true);
        round.setItems(q -> rounds.findRounds(new RoundSearch(q.getFilter().orElse(""), null),
                        GridPages.of(q, RoundSort.class)).stream(),
                q -> GridPages.count(rounds.countRounds(new RoundSearch(q.getFilter().orElse(""), null))));
        round.setItemLabelGenerator(r -> r.resolutionNumber() + " – " + r.subject());
        unit.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());
        unit.setWidth("min(100%, 20rem)");
        round.setWidth("min(100%, 28rem)");
        HorizontalLayout filters = new HorizontalLayout(unit, round, gridExport);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        roundColumn = grid.addComponentColumn(r -> {
                    RouterLink link = new RouterLink(resolution(r), RoundDetailView.class, r.round().toString());
                    link.getElement().setAttribute("aria-label", getTranslation("rounds.open.label", r.resolutionNumber()));
                    return link;
                })
                .setSortProperty(OverdueSort.ROUND.name()).setWidth("8rem").setFlexGrow(0);
        addressee = gridExport.column(OverdueRecommendation::addressee).setSortProperty(OverdueSort.ADDRESSEE.name())
                .setWidth("6.5rem").setFlexGrow(1);
        text = gridExport.column(OverdueRecommendation::text).setWidth("8rem").setFlexGrow(3);
        unitColumn = gridExport.column(r -> r.unit() == null ? getTranslation("overdue.all-units") : r.unit().displayName())
                .setSortProperty(OverdueSort.UNIT.name()).setWidth("6rem").setFlexGrow(1);
        due = gridExport.column(r -> RoundsView.DATE.format(r.dueDate())).setSortProperty(OverdueSort.DUE_DATE.name())
                .setWidth("7.5rem").setFlexGrow(0);
        days = gridExport.column(OverdueRecommendation::daysOverdue).setSortProperty(OverdueSort.DAYS_OVERDUE.name())
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        status = gridExport.column(r -> Labels.of(r.status().vietnamese(), r.status().english()))
                .setSortProperty(OverdueSort.STATUS.name()).setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("overdue-grid");
        grid.setItems(q -> overdue.findOverdue(search(), GridPages.of(q, OverdueSort.class)).stream(),
                q -> GridPages.count(overdue.countOverdue(search())));
        grid.sort(List.of(new GridSortOrder<>(days, SortDirection.DESCENDING)));

        add(title, today, filters, grid);
    }

    private String resolution(OverdueRecommendation r) {
        return getTranslation("rounds.resolution.value", r.resolutionNumber(), RoundsView.DATE.format(r.resolutionDate()));
    }

    OverdueSearch search() {
        return new OverdueSearch(unit.getValue() == null ? null : unit.getValue().id(),
                round.getValue() == null ? null : round.getValue().id());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateText(getTranslation("overdue.empty"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("overdue.title"));
        today.setText(getTranslation("overdue.today", RoundsView.DATE.format(overdue.today())));
        unit.setLabel(getTranslation("overdue.filter.unit"));
        round.setLabel(getTranslation("overdue.filter.round"));
        roundColumn.setHeader(getTranslation("overdue.column.round"));
        addressee.setHeader(getTranslation("overdue.column.addressee"));
        text.setHeader(getTranslation("overdue.column.text"));
        unitColumn.setHeader(getTranslation("overdue.column.unit"));
        due.setHeader(getTranslation("overdue.column.due"));
        days.setHeader(getTranslation("overdue.column.days"));
        status.setHeader(getTranslation("overdue.column.status"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overdue.title") + " · " + getTranslation("app.title");
    }
}
