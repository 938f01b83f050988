package vn.giamsat.admin.catalogue;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;

/**
 * The catalogue of administrative procedures, kept by administrators and read a page at a time. The portal's
 * procedure pages read the same table: a saved change reaches citizens once the portal's cache renews.
 */
@RolesAllowed("ADMIN")
@Route(value = "thu-tuc", layout = MainLayout.class)
public class ProceduresView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    /** The portal's own question: may the dossier go by post? */
    enum Postal { YES, NO }

    private final ProcedureCatalogQueries procedures;
    private final H2 title = new H2();
    final TextField text = new TextField();
    final Select<String> field = new Select<>();
    final Select<OnlineMode> online = new Select<>();
    final Select<Postal> postal = new Select<>();
    final Grid<Procedure> grid = new Grid<>(Procedure.class, false);
    private final ListExport<Procedure> gridExport = new ListExport<>(grid, "thu-tuc");
    private final Grid.Column<Procedure> code;
    private final Grid.Column<Procedure> name;
    private final Grid.Column<Procedure> fieldColumn;
    private final Grid.Column<Procedure> days;
    private final Grid.Column<Procedure> onlineColumn;
    private final Grid.Column<Procedure> postalColumn;
    private final Button add = new Button();
    private final Button edit = new Button();

    private final Button importButton = new Button();
    private final com.vaadin.flow.router.RouterLink unitLists = new com.vaadin.flow.router.RouterLink();
    final ImportProceduresDialog importDialog;

    public ProceduresView(ProcedureCatalogQueries procedures, ProcedureCatalogUseCase maintain,
                          vn.giamsat.application.procedure.port.in.ImportProceduresUseCase imports,
                          vn.giamsat.application.unit.port.in.UnitCatalogQueries units) {
        this.procedures = procedures;
        setSizeFull();
        ProcedureForm form = new ProcedureForm(procedures, maintain, () -> {
            fieldsChanged();
            refresh();
        });

        text.setId("procedure-filter");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("min(100%, 22rem)");
        field.setId("procedure-field");
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(f -> f == null ? getTranslation("filter.all") : f);
        online.setId("procedure-online");
        online.setItems(OnlineMode.values());
        online.setEmptySelectionAllowed(true);
        online.setItemLabelGenerator(m -> m == null ? getTranslation("filter.all") : Labels.of(m.vietnamese(), m.english()));
        postal.setId("procedure-postal");
        postal.setItems(Postal.values());
        postal.setEmptySelectionAllowed(true);
        postal.setItemLabelGenerator(p -> p == null ? getTranslation("filter.all")
                : getTranslation(p == Postal.YES ? "procedures.postal.yes" : "procedures.postal.no"));
        text.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        online.addValueChangeListener(e -> refresh());
        postal.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, field, online, postal);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        code = gridExport.column(p -> p.code().value()).setSortProperty(ProcedureSort.CODE.name()).setWidth("6.5rem").setFlexGrow(0);
        name = gridExport.column(Procedure::name).setSortProperty(ProcedureSort.NAME.name()).setWidth("12rem").setFlexGrow(3);
        fieldColumn = gridExport.column(Procedure::field).setSortProperty(ProcedureSort.FIELD.name()).setWidth("8rem").setFlexGrow(1);
        days = gridExport.column(p -> p.timeLimitWorkingDays() == null ? getTranslation("procedures.time-limit.none")
                        : p.timeLimitUnit() == vn.giamsat.domain.deadline.TimeLimit.Unit.WORKING_DAYS
                        ? String.valueOf(p.timeLimitWorkingDays())   // the column's heading says working days
                        : p.timeLimitWorkingDays() + " " + Labels.of(p.timeLimitUnit().vietnamese(), p.timeLimitUnit().english()))
                .setSortProperty(ProcedureSort.TIME_LIMIT.name()).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        onlineColumn = gridExport.column(p -> Labels.of(p.onlineMode().vietnamese(), p.onlineMode().english()))
                .setSortProperty(ProcedureSort.ONLINE_MODE.name()).setWidth("7rem").setFlexGrow(0);
        postalColumn = gridExport.column(p -> getTranslation("procedures.postal.short." + p.postal().name()))
                .setSortProperty(ProcedureSort.POSTAL.name()).setWidth("6rem").setFlexGrow(0);   // wraps: fits a tablet
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("procedure-grid");
        grid.setItems(q -> procedures.find(filter(), GridPages.of(q, ProcedureSort.class)).stream(),
                q -> GridPages.count(procedures.count(filter())));
        // Enter on a focused row, or a double click, opens it for editing, as the Edit button does.
        grid.addItemDoubleClickListener(e -> form.open(e.getItem()));
        grid.addItemClickListener(e -> grid.select(e.getItem()));

        add.setId("procedure-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> form.open(null));
        edit.setId("procedure-edit");
        edit.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
        edit.addClickListener(e -> form.open(grid.asSingleSelect().getValue()));
        importDialog = new ImportProceduresDialog(imports, units::canMaintain, () -> {
            fieldsChanged();
            refresh();
        });
        importButton.setId("procedure-import");
        importButton.addClickListener(e -> importDialog.open(ImportProceduresDialog.FileKind.CATALOGUE));
        unitLists.setRoute(UnitProceduresView.class);
        unitLists.setId("procedure-unit-lists");
        HorizontalLayout actions = new HorizontalLayout(add, edit, importButton, unitLists, gridExport);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, filters, actions, grid);
    }

    ProcedureFilter filter() {
        Postal p = postal.getValue();
        return new ProcedureFilter(text.getValue(), field.getValue(), online.getValue(), p == null ? null : p == Postal.YES);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateText(getTranslation("procedures.empty"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("procedures.title"));
        text.setLabel(getTranslation("procedures.filter.text"));
        text.setPlaceholder(getTranslation("procedures.filter.placeholder"));
        field.setLabel(getTranslation("procedures.column.field"));
        online.setLabel(getTranslation("procedures.column.online"));
        postal.setLabel(getTranslation("procedures.filter.postal"));
        String chosen = field.getValue();
        field.setItems(procedures.fields());
        field.setValue(chosen);
        online.setItemLabelGenerator(online.getItemLabelGenerator());
        field.setEmptySelectionCaption(getTranslation("filter.all"));
        online.setEmptySelectionCaption(getTranslation("filter.all"));
        postal.setEmptySelectionCaption(getTranslation("filter.all"));
        postal.setItemLabelGenerator(postal.getItemLabelGenerator());
        code.setHeader(getTranslation("procedures.column.code"));
        name.setHeader(getTranslation("procedures.column.name"));
        fieldColumn.setHeader(getTranslation("procedures.column.field"));
        days.setHeader(getTranslation("procedures.column.time-limit"));
        onlineColumn.setHeader(getTranslation("procedures.column.online"));
        postalColumn.setHeader(getTranslation("procedures.column.postal"));
        add.setText(getTranslation("procedures.add"));
        edit.setText(getTranslation("procedures.edit"));
        importButton.setText(getTranslation("procedures.import"));
        unitLists.setText(getTranslation("unit-procedures.title"));
        refresh();
    }

    /** After a save: a new field may have appeared in the filter. */
    void fieldsChanged() {
        String chosen = field.getValue();
        field.setItems(procedures.fields());
        field.setValue(chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procedures.title") + " · " + getTranslation("app.title");
    }
}
