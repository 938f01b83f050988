package vn.giamsat.admin.catalogue;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.model.UnitRef;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.application.unit.model.UnitState;

/**
 * The catalogue of administrative units (danh mục đơn vị hành chính), read a page at a time from the database:
 * each unit with its validity and, for merged units, where they went (and for successors, where they came from).
 * Administrators add units, correct names, and record mergers and dissolutions; everyone else reads the units of
 * their jurisdiction. {@code ?q=} opens the list filtered, as the links between merged units do.
 */
@PermitAll
@Route(value = "don-vi", layout = MainLayout.class)
public class UnitsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitCatalogQueries units;
    private final H2 title = new H2();
    final TextField text = new TextField();
    final Select<UnitKind> kind = new Select<>();
    final Select<UnitState> state = new Select<>();
    final DatePicker asOf = new DatePicker();
    final Grid<UnitListing> grid = new Grid<>(UnitListing.class, false);
    private final ListExport<UnitListing> gridExport = new ListExport<>(grid, "don-vi");
    private final Grid.Column<UnitListing> code;
    private final Grid.Column<UnitListing> name;
    private final Grid.Column<UnitListing> kindColumn;
    private final Grid.Column<UnitListing> parent;
    private final Grid.Column<UnitListing> from;
    private final Grid.Column<UnitListing> to;
    private final Grid.Column<UnitListing> history;
    private final Button add = new Button();
    private final Button rename = new Button();
    private final Button merge = new Button();
    private final Button dissolve = new Button();
    private final Button importLists = new Button();

    // Parameters named as the beans: one service is both the RegisterUnitUseCase and the ReorganiseUnitsUseCase bean.
    public UnitsView(UnitCatalogQueries units, RegisterUnitUseCase registerUnit, ReorganiseUnitsUseCase reorganiseUnits,
                     RenameUnitUseCase renameUnit, ImportUnitListsUseCase importUnitLists) {
        this.units = units;
        setSizeFull();
        UnitFormParts parts = new UnitFormParts(units, this::refresh);
        RegisterUnitDialog registerDialog = new RegisterUnitDialog(parts, registerUnit);
        RenameUnitDialog renameDialog = new RenameUnitDialog(parts, renameUnit);
        MergeUnitsDialog mergeDialog = new MergeUnitsDialog(parts, reorganiseUnits);
        DissolveUnitDialog dissolveDialog = new DissolveUnitDialog(parts, reorganiseUnits);
        ImportUnitListsDialog importDialog = new ImportUnitListsDialog(parts, importUnitLists, units::canMaintain);

        text.setId("unit-filter");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("min(100%, 22rem)");
        kind.setId("unit-kind");
        kind.setItems(UnitKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : Labels.of(k.vietnamese(), k.english()));
        state.setId("unit-state");
        state.setItems(UnitState.values());
        state.setEmptySelectionAllowed(true);
        state.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : stateLabel(s));
        asOf.setId("unit-as-of");
        asOf.setLocale(Locale.of("vi", "VN"));
        asOf.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        asOf.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, kind, state, asOf);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        code = gridExport.column(UnitListing::code).setSortProperty(UnitSort.CODE.name()).setWidth("5rem").setFlexGrow(0);
        name = gridExport.column(UnitListing::displayName).setSortProperty(UnitSort.NAME.name()).setWidth("8rem").setFlexGrow(2);
        kindColumn = gridExport.column(u -> Labels.of(u.kind().vietnamese(), u.kind().english()))
                .setSortProperty(UnitSort.KIND.name()).setWidth("5rem").setFlexGrow(1);
        parent = gridExport.column(u -> u.parent() == null ? "" : u.parent().displayName())
                .setSortProperty(UnitSort.PARENT.name()).setWidth("6rem").setFlexGrow(1);
        from = gridExport.column(u -> DATE.format(u.validFrom())).setSortProperty(UnitSort.VALID_FROM.name())
                .setWidth("7.5rem").setFlexGrow(0);
        // valid_to is the first day a unit no longer exists: people read the last day it did.
        to = gridExport.column(u -> u.validTo() == null ? "" : DATE.format(u.validTo().minusDays(1)))
                .setSortProperty(UnitSort.VALID_TO.name()).setWidth("7.5rem").setFlexGrow(0);
        history = grid.addComponentColumn(this::historyCell).setWidth("8rem").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("unit-grid");
        grid.setItems(q -> units.find(search(), GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(search())));

        add.setId("unit-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> registerDialog.open());
        rename.setId("unit-rename");
        rename.addClickListener(e -> renameDialog.open(selected()));
        merge.setId("unit-merge");
        merge.addClickListener(e -> mergeDialog.open(selected()));
        dissolve.setId("unit-dissolve");
        dissolve.addThemeVariants(ButtonVariant.ERROR);
        dissolve.addClickListener(e -> dissolveDialog.open(selected()));
        importLists.setId("unit-import");
        importLists.addClickListener(e -> importDialog.open());
        HorizontalLayout actions = new HorizontalLayout(add, rename, merge, dissolve, importLists, gridExport);
        actions.setWrap(true);
        // Only administrators keep the catalogue; the use cases refuse anyone else whatever the screen shows.
        actions.setVisible(units.canMaintain());

        add(title, filters, actions, grid);
    }

    private UnitListing selected() {
        return grid.asSingleSelect().getValue();
    }

    UnitSearch search() {
        return new UnitSearch(text.getValue(), kind.getValue(), state.getValue(), asOf.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateText(getTranslation("units.empty"));
    }

    private Component historyCell(UnitListing u) {
        Div cell = new Div();
        cell.addClassName("unit-history");
        cell.add(new Span(stateLabel(u.state())));
        links(cell, u.successors(), "units.successor");
        links(cell, u.predecessors(), "units.predecessor");
        return cell;
    }

    private void links(Div cell, List<UnitRef> refs, String key) {
        for (UnitRef ref : refs) {
            RouterLink link = new RouterLink(UnitsView.class);
            link.setText(getTranslation(key, ref.displayName() + " (" + ref.code() + ")"));
            link.setQueryParameters(QueryParameters.simple(Map.of("q", ref.name())));
            link.getElement().getStyle().set("display", "block");
            cell.add(link);
        }
    }

    String stateLabel(UnitState s) {
        return switch (s) {
            case CURRENT -> getTranslation("units.state.current");
            case MERGED -> getTranslation("units.state.merged");
            case DISSOLVED -> getTranslation("units.state.dissolved");
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(text::setValue);
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("units.title"));
        text.setLabel(getTranslation("units.filter.text"));
        text.setPlaceholder(getTranslation("units.filter.placeholder"));
        kind.setLabel(getTranslation("units.column.kind"));
        state.setLabel(getTranslation("units.filter.state"));
        asOf.setLabel(getTranslation("units.filter.as-of"));
        code.setHeader(getTranslation("units.column.code"));
        name.setHeader(getTranslation("units.column.name"));
        kindColumn.setHeader(getTranslation("units.column.kind"));
        parent.setHeader(getTranslation("units.column.parent"));
        from.setHeader(getTranslation("units.column.from"));
        to.setHeader(getTranslation("units.column.to"));
        history.setHeader(getTranslation("units.column.history"));
        add.setText(getTranslation("units.add"));
        rename.setText(getTranslation("units.rename"));
        merge.setText(getTranslation("units.merge"));
        dissolve.setText(getTranslation("units.dissolve"));
        importLists.setText(getTranslation("units.import"));
        kind.setItemLabelGenerator(kind.getItemLabelGenerator()); // re-render the labels in the new language
        kind.setEmptySelectionCaption(getTranslation("filter.all"));
        state.setEmptySelectionCaption(getTranslation("filter.all"));
        state.setItemLabelGenerator(state.getItemLabelGenerator());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " · " + getTranslation("app.title");
    }

    static String label(UnitListing u) {
        return u.displayName() + " (" + u.code() + ")";
    }
}
