package vn.giamsat.admin.audit;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.model.FieldChange;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import java.time.ZoneId;
import vn.giamsat.domain.common.DomainRuleViolation;

/**
 * The audit log (nhật ký hệ thống) for administrators: every write and every failed login, newest first, read
 * page by page from the database (the log grows without end), sortable and filtered by period, actor, table,
 * object, use case and kind. The selected entry (click, or arrow keys: the focused row is selected) shows its row
 * before and after side by side, the changed fields marked in words and in colour.
 */
@RolesAllowed("ADMIN")
@Route(value = "audit", layout = MainLayout.class)
public class AuditView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    /** Times as the users read them: Vietnam time. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);

    private final AuditLogQueries audit;
    private final H2 title = new H2();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final ComboBox<String> table = new ComboBox<>();
    private final TextField object = new TextField();
    private final TextField action = new TextField();
    private final Select<AuditOperation> operation = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final ListExport<AuditEntry> gridExport = new ListExport<>(grid, "nhat-ky");
    private final Grid.Column<AuditEntry> atColumn;
    private final Grid.Column<AuditEntry> actorColumn;
    private final Grid.Column<AuditEntry> operationColumn;
    private final Grid.Column<AuditEntry> tableColumn;
    private final Grid.Column<AuditEntry> keyColumn;
    private final Grid.Column<AuditEntry> actionColumn;
    private final H3 detailTitle = new H3();
    private final Paragraph detailSummary = new Paragraph();
    private final Checkbox onlyChanged = new Checkbox();
    private final Grid<FieldChange> fields = new Grid<>(FieldChange.class, false);
    private final Grid.Column<FieldChange> fieldName;
    private final Grid.Column<FieldChange> fieldBefore;
    private final Grid.Column<FieldChange> fieldAfter;
    private final Grid.Column<FieldChange> fieldChanged;
    private final VerticalLayout detail = new VerticalLayout(detailTitle, detailSummary, onlyChanged, fields);
    private AuditFilter filter = AuditFilter.ANY;
    private AuditDetail shown;

    public AuditView(AuditLogQueries audit) {
        this.audit = audit;
        setSizeFull();

        from.setId("audit-from");
        to.setId("audit-to");
        actor.setId("audit-actor");
        table.setId("audit-table");
        object.setId("audit-object");
        action.setId("audit-action");
        operation.setId("audit-operation");
        table.setItems(audit.tables());
        table.setClearButtonVisible(true);
        operation.setItems(AuditOperation.values());
        operation.setEmptySelectionAllowed(true);
        operation.setItemLabelGenerator(o -> o == null ? "" : Labels.of(o.vietnamese(), o.english()));
        for (TextField field : List.of(actor, object, action)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        actor.addValueChangeListener(e -> applyFilter());
        table.addValueChangeListener(e -> applyFilter());
        object.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());
        operation.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(from, to, actor, table, object, action, operation);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        atColumn = gridExport.column(e -> TIME.format(e.at())).setSortProperty(AuditSort.Column.AT.name())
                .setWidth("11rem").setFlexGrow(0);
        actorColumn = gridExport.column(AuditView::who).setSortProperty(AuditSort.Column.ACTOR.name()).setFlexGrow(1);
        operationColumn = gridExport.column(e -> Labels.of(e.operation().vietnamese(), e.operation().english()))
                .setSortProperty(AuditSort.Column.OPERATION.name()).setWidth("9rem").setFlexGrow(0);
        tableColumn = gridExport.column(AuditEntry::table).setSortProperty(AuditSort.Column.TABLE.name()).setFlexGrow(1);
        keyColumn = gridExport.column(e -> Optional.ofNullable(e.rowKey()).orElse("")).setFlexGrow(1);
        actionColumn = gridExport.column(e -> Optional.ofNullable(e.action()).orElse(""))
                .setSortProperty(AuditSort.Column.ACTION.name()).setFlexGrow(2);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> audit.search(filter, sortOf(query.getSortOrders()),
                        new AuditPage(query.getOffset(), query.getLimit())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.sort(List.of(new GridSortOrder<>(atColumn, SortDirection.DESCENDING)));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        // Arrow keys move the focus; the focused row is the one shown, so the log reads without a mouse.
        grid.addCellFocusListener(e -> e.getItem().ifPresent(item -> grid.asSingleSelect().setValue(item)));
        grid.setHeight("55%");
        grid.setWidthFull();

        fields.setId("audit-fields");
        fields.addClassName("audit-fields");
        fieldName = fields.addColumn(FieldChange::name).setWidth("12rem").setFlexGrow(0);
        fieldBefore = fields.addColumn(c -> Optional.ofNullable(c.before()).orElse("—")).setFlexGrow(1);
        fieldAfter = fields.addColumn(c -> Optional.ofNullable(c.after()).orElse("—")).setFlexGrow(1);
        // In words as well as in colour: the change must not rely on colour alone.
        fieldChanged = fields.addColumn(c -> c.changed() ? getTranslation("audit.field.changed.yes") : "")
                .setWidth("7rem").setFlexGrow(0);
        fields.setPartNameGenerator(c -> c.changed() ? "changed" : null);
        fields.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        fields.setWidthFull();
        fields.setAllRowsVisible(true);
        onlyChanged.setId("audit-only-changed");
        onlyChanged.addValueChangeListener(e -> showFields());
        detail.setId("audit-detail");
        detail.setPadding(false);
        detail.setVisible(false);

        add(title, filters, gridExport, grid, detail);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("audit.title"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        table.setLabel(getTranslation("audit.filter.table"));
        object.setLabel(getTranslation("audit.filter.object"));
        object.setHelperText(getTranslation("audit.filter.object.help"));
        action.setLabel(getTranslation("audit.filter.action"));
        operation.setLabel(getTranslation("audit.filter.operation"));
        atColumn.setHeader(getTranslation("audit.column.at"));
        actorColumn.setHeader(getTranslation("audit.column.actor"));
        operationColumn.setHeader(getTranslation("audit.column.operation"));
        tableColumn.setHeader(getTranslation("audit.column.table"));
        keyColumn.setHeader(getTranslation("audit.column.key"));
        actionColumn.setHeader(getTranslation("audit.column.action"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("audit.title"));
        detailTitle.setText(getTranslation("audit.detail.title"));
        onlyChanged.setLabel(getTranslation("audit.detail.only-changed"));
        fieldName.setHeader(getTranslation("audit.field.name"));
        fieldBefore.setHeader(getTranslation("audit.field.before"));
        fieldAfter.setHeader(getTranslation("audit.field.after"));
        fieldChanged.setHeader(getTranslation("audit.field.changed"));
        fields.setAriaLabel(getTranslation("audit.detail.title"));
        grid.getDataProvider().refreshAll(); // operation names are worded per language
        if (shown != null) {
            show(shown.entry());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }

    private static String who(AuditEntry e) {
        return e.actorName() == null || e.actorName().equals(e.actorId()) ? e.actorId()
                : e.actorName() + " (" + e.actorId() + ")";
    }

    static AuditSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return AuditSort.NEWEST_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        return new AuditSort(AuditSort.Column.valueOf(first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }

    private void applyFilter() {
        to.setInvalid(false);
        try {
            filter = new AuditFilter(from.getValue(), to.getValue(), actor.getValue(), table.getValue(),
                    object.getValue(), action.getValue(), operation.getValue());
        } catch (DomainRuleViolation e) {
            to.setErrorMessage(Labels.of(e.reason()));
            to.setInvalid(true);
            return;
        }
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private void show(AuditEntry entry) {
        shown = entry == null ? null : audit.detail(entry.id()).orElse(null);
        detail.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        AuditEntry e = shown.entry();
        detailSummary.setText(getTranslation("audit.detail.summary", TIME.format(e.at()), who(e),
                Labels.of(e.operation().vietnamese(), e.operation().english()), e.table(),
                Optional.ofNullable(e.rowKey()).orElse("—"), Optional.ofNullable(e.action()).orElse("—"),
                String.valueOf(e.txId()), String.valueOf(shown.changedFields().size())));
        showFields();
    }

    private void showFields() {
        if (shown != null) {
            fields.setItems(onlyChanged.getValue() ? shown.changedFields() : shown.fields());
        }
    }
}
