package vn.giamsat.admin.catalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase.PublishProcedureListCommand;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;

/**
 * Thủ tục của đơn vị: which procedures a unit handles (the list it publishes for citizens, which the portal shows and
 * dossier imports are judged against), chosen from the catalogue here or loaded for many units from a file.
 */
@RolesAllowed("ADMIN")
@Route(value = "thu-tuc-don-vi", layout = MainLayout.class)
public class UnitProceduresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProcedureCatalogQueries procedures;
    private final ProcedureCatalogUseCase maintain;
    private final RoundContextQueries catalogue;
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final Grid<Procedure> list = new Grid<>(Procedure.class, false);
    final MultiSelectComboBox<Procedure> choice = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button importButton = new Button();
    final ImportProceduresDialog importDialog;

    public UnitProceduresView(ProcedureCatalogQueries procedures, ProcedureCatalogUseCase maintain,
                              RoundContextQueries catalogue, ImportProceduresUseCase imports,
                              UnitCatalogQueries units) {
        this.procedures = procedures;
        this.maintain = maintain;
        this.catalogue = catalogue;
        setSizeFull();
        H2 title = new H2(getTranslation("unit-procedures.title"));

        unit.setId("unit-procedures-unit");
        unit.setLabel(getTranslation("unit-procedures.unit"));
        unit.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")");
        unit.setWidth("min(100%, 28rem)");
        unit.addValueChangeListener(e -> show());

        list.setId("unit-procedures-list");
        list.addColumn(p -> p.code().value()).setHeader(getTranslation("procedures.column.code")).setWidth("9rem")
                .setFlexGrow(0);
        list.addColumn(Procedure::name).setHeader(getTranslation("procedures.column.name")).setFlexGrow(3);
        list.addColumn(Procedure::field).setHeader(getTranslation("procedures.column.field")).setFlexGrow(1);
        list.addColumn(p -> Labels.of(p.postal().vietnamese(), p.postal().english()))
                .setHeader(getTranslation("procedures.column.postal")).setFlexGrow(1);
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setEmptyStateText(getTranslation("unit-procedures.empty"));
        list.setHeight("22rem");

        choice.setId("unit-procedures-choice");
        choice.setLabel(getTranslation("unit-procedures.choice"));
        choice.setItemLabelGenerator(p -> p.code().value() + " – " + p.name());
        choice.setWidth("min(100%, 48rem)");
        // The catalogue may hold thousands: searched where it is stored, a page at a time.
        choice.setItems(q -> procedures.find(new ProcedureFilter(q.getFilter().orElse(""), null, null, null),
                GridPages.of(q, ProcedureSort.class)).stream());
        save.setId("unit-procedures-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> saveList());
        save.setEnabled(false);

        importDialog = new ImportProceduresDialog(imports, units::canMaintain, this::show);
        importButton.setId("unit-procedures-import");
        importButton.setText(getTranslation("procedures.import"));
        importButton.addClickListener(e -> importDialog.open(ImportProceduresDialog.FileKind.UNIT_LISTS));

        HorizontalLayout bar = new HorizontalLayout(unit, importButton);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        HorizontalLayout edit = new HorizontalLayout(choice, save);
        edit.setAlignItems(FlexComponent.Alignment.BASELINE);
        edit.setWidthFull();
        add(title, bar, list, edit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unit.setItems(catalogue.units().stream().filter(u -> !u.isFormer())
                .sorted(Comparator.comparing(UnitOption::displayName)).toList());
    }

    void show() {
        UnitOption u = unit.getValue();
        save.setEnabled(u != null);
        if (u == null) {
            list.setItems(List.of());
            choice.clear();
            return;
        }
        List<Procedure> handled = procedures.listOf(u.id());
        list.setItems(handled);
        choice.setValue(new LinkedHashSet<>(handled));
    }

    /** Keeps the order of the procedures already listed; new ones follow in code order. */
    private void saveList() {
        UnitOption u = unit.getValue();
        if (u == null) {
            return;
        }
        Set<ProcedureCode> chosen = new LinkedHashSet<>();
        choice.getValue().stream().map(Procedure::code).forEach(chosen::add);
        List<ProcedureCode> ordered = new ArrayList<>();
        procedures.listOf(u.id()).stream().map(Procedure::code).filter(chosen::contains).forEach(ordered::add);
        chosen.stream().filter(c -> !ordered.contains(c)).sorted(Comparator.comparing(ProcedureCode::value))
                .forEach(ordered::add);
        try {
            maintain.publishList(new PublishProcedureListCommand(u.id(), ordered));
            Notices.success(getTranslation("unit-procedures.saved", u.displayName(), ordered.size()));
            show();
        } catch (DomainRuleViolation refused) {
            Notices.refused(Labels.of(refused.reason()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit-procedures.title") + " · " + getTranslation("app.title");
    }
}
