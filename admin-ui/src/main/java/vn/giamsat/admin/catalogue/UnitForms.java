package vn.giamsat.admin.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase.RenameUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.unit.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeIntoNewUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.application.unit.model.UnitState;

/**
 * The unit catalogue's forms, each in a dialog: a new unit, a name correction, a merger, a dissolution. Every
 * refusal is shown beside the field it is about; a merger and a dissolution ask for confirmation first, because
 * they end units and cannot be undone.
 */
final class UnitForms {
    private final UnitCatalogQueries units;
    private final RegisterUnitUseCase register;
    private final ReorganiseUnitsUseCase reorganise;
    private final RenameUnitUseCase rename;
    private final Runnable changed;

    UnitForms(UnitCatalogQueries units, RegisterUnitUseCase register, ReorganiseUnitsUseCase reorganise,
              RenameUnitUseCase rename, Runnable changed) {
        this.units = units;
        this.register = register;
        this.reorganise = reorganise;
        this.rename = rename;
        this.changed = changed;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** Current units, looked up as the user types (the catalogue can hold thousands). */
    private ComboBox<UnitListing> unitPicker(String id, String labelKey) {
        ComboBox<UnitListing> box = new ComboBox<>(t(labelKey));
        box.setId(id);
        box.setItems(q -> units.find(current(q.getFilter().orElse("")), GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(current(q.getFilter().orElse("")))));
        box.setItemLabelGenerator(UnitsView::label);
        box.setRequiredIndicatorVisible(true);
        box.setWidthFull();
        return box;
    }

    private static UnitSearch current(String text) {
        return new UnitSearch(text, null, UnitState.CURRENT, null);
    }

    private static DatePicker datePicker(String id, String labelKey) {
        DatePicker d = new DatePicker(t(labelKey));
        d.setId(id);
        d.setLocale(Locale.of("vi", "VN"));
        d.setRequiredIndicatorVisible(true);
        return d;
    }

    private static Select<UnitKind> kindSelect(String id) {
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(t("units.column.kind"));
        kind.setId(id);
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(k.vietnamese(), k.english()));
        kind.setRequiredIndicatorVisible(true);
        return kind;
    }

    private static Dialog dialog(String titleKey, Component form, Button primary) {
        Dialog d = new Dialog(t(titleKey));
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 40rem)");
        d.add(form);
        Button cancel = new Button(t("action.cancel"), e -> d.close());
        primary.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(cancel, primary);
        return d;
    }

    private static ConfirmDialog confirm(String headerKey, String text, String confirmKey, Runnable action) {
        ConfirmDialog c = new ConfirmDialog();
        c.setHeader(t(headerKey));
        c.setText(text);
        c.setCancelable(true);
        c.setCancelText(t("action.cancel"));
        c.setConfirmText(t(confirmKey));
        c.setConfirmButtonTheme("error primary");
        c.setCloseOnEsc(true);
        c.addConfirmListener(e -> action.run());
        return c;
    }

    // --- new unit ---

    void openNew() {
        TextField code = new TextField(t("units.column.code"));
        code.setId("new-unit-code");
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(t("units.column.name"));
        name.setId("new-unit-name");
        name.setRequiredIndicatorVisible(true);
        Select<UnitKind> kind = kindSelect("new-unit-kind");
        ComboBox<UnitListing> parent = unitPicker("new-unit-parent", "units.column.parent");
        parent.setRequiredIndicatorVisible(false);
        parent.setHelperText(t("units.parent.help"));
        DatePicker from = datePicker("new-unit-from", "units.column.from");
        FieldErrors errors = new FieldErrors().field(code, "unit-code.", "unit.code-taken")
                .field(name, "required.unit-name", "too-long.unit-name").field(kind, "unit.code-tier", "required.unit-kind")
                .field(parent, "unit.parent-required", "not-found").field(from, "required.valid-from", "validity.");
        Button save = new Button(t("action.save"));
        save.setId("new-unit-save");
        Dialog d = dialog("units.add", new FormLayout(code, name, kind, parent, from), save);
        save.addClickListener(e -> {
            errors.reset();
            UnitCode unitCode = errors.check(code, () -> UnitCode.of(code.getValue()));
            String unitName = errors.check(name, () -> Require.text(name.getValue(), 200, "tên đơn vị", "unit name"));
            UnitKind unitKind = errors.check(kind, () -> Require.present(kind.getValue(), "loại đơn vị", "unit kind"));
            LocalDate day = errors.check(from, () -> Require.present(from.getValue(), "ngày bắt đầu hiệu lực", "valid from"));
            if (errors.failed()) {
                return;
            }
            RegisterUnitCommand command = new RegisterUnitCommand(unitCode, unitName, unitKind,
                    parent.getValue() == null ? null : parent.getValue().id(), Validity.since(day));
            if (errors.run(() -> register.register(command))) {
                d.close();
                Notices.success(t("units.added", unitKind.vietnamese() + " " + unitName));
                changed.run();
            }
        });
        d.open();
        code.focus();
    }

    // --- rename ---

    void openRename(UnitListing preset) {
        ComboBox<UnitListing> unit = unitPicker("rename-unit", "units.unit");
        TextField name = new TextField(t("units.rename.new-name"));
        name.setId("rename-name");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().name());
            }
        });
        if (preset != null && preset.state() == UnitState.CURRENT) {
            unit.setValue(preset);
        }
        FieldErrors errors = new FieldErrors().field(unit, "required.unit", "unit.already-ended", "not-found", "stale")
                .field(name, "required.unit-name", "too-long.unit-name");
        Button save = new Button(t("action.save"));
        save.setId("rename-save");
        Dialog d = dialog("units.rename", new FormLayout(unit, name), save);
        save.addClickListener(e -> {
            errors.reset();
            UnitListing chosen = errors.check(unit, () -> Require.present(unit.getValue(), "đơn vị", "unit"));
            String newName = errors.check(name, () -> Require.text(name.getValue(), 200, "tên đơn vị", "unit name"));
            if (errors.failed()) {
                return;
            }
            if (errors.run(() -> rename.rename(new RenameUnitCommand(chosen.id(), newName, chosen.version())))) {
                d.close();
                Notices.success(t("units.renamed", chosen.kind().vietnamese() + " " + newName));
                changed.run();
            }
        });
        d.open();
        (preset == null ? unit : name).focus();
    }

    // --- merger ---

    enum Target { EXISTING, NEW }

    void openMerge(UnitListing preset) {
        MultiSelectComboBox<UnitListing> merged = new MultiSelectComboBox<>(t("units.merge.merged"));
        merged.setId("merge-merged");
        merged.setItems(q -> units.find(current(q.getFilter().orElse("")), GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(current(q.getFilter().orElse("")))));
        merged.setItemLabelGenerator(UnitsView::label);
        merged.setRequiredIndicatorVisible(true);
        merged.setWidthFull();
        if (preset != null && preset.state() == UnitState.CURRENT) {
            merged.setValue(java.util.Set.of(preset));
        }
        RadioButtonGroup<Target> target = new RadioButtonGroup<>(t("units.merge.target"));
        target.setId("merge-target");
        target.setItems(Target.values());
        target.setItemLabelGenerator(x -> t(x == Target.EXISTING ? "units.merge.target.existing" : "units.merge.target.new"));
        target.setValue(Target.EXISTING);
        ComboBox<UnitListing> successor = unitPicker("merge-successor", "units.merge.successor");
        TextField code = new TextField(t("units.column.code"));
        code.setId("merge-new-code");
        code.setHelperText(t("units.merge.code.help"));
        TextField name = new TextField(t("units.column.name"));
        name.setId("merge-new-name");
        Select<UnitKind> kind = kindSelect("merge-new-kind");
        ComboBox<UnitListing> parent = unitPicker("merge-new-parent", "units.column.parent");
        parent.setRequiredIndicatorVisible(false);
        List<Component> newUnitFields = List.of(code, name, kind, parent);
        DatePicker day = datePicker("merge-date", "units.merge.date");
        day.setHelperText(t("units.merge.date.help"));
        FormLayout form = new FormLayout(merged, target, successor, code, name, kind, parent, day);
        form.setColspan(merged, 2);
        form.setColspan(target, 2);
        target.addValueChangeListener(e -> {
            successor.setVisible(e.getValue() == Target.EXISTING);
            newUnitFields.forEach(f -> f.setVisible(e.getValue() == Target.NEW));
        });
        newUnitFields.forEach(f -> f.setVisible(false));
        FieldErrors errors = new FieldErrors()
                .field(merged, "required.merged-unit", "unit.already-ended", "unit.self-successor", "stale")
                .field(successor, "required.successor-unit", "not-found")
                .field(code, "unit-code.", "unit.code-taken").field(name, "required.unit-name", "too-long.unit-name")
                .field(kind, "unit.code-tier", "required.unit-kind").field(parent, "unit.parent-required")
                .field(day, "required.effective-date", "validity.", "unit.successor-not-current");
        Button next = new Button(t("units.merge.record"));
        next.setId("merge-save");
        Dialog d = dialog("units.merge", form, next);
        next.addClickListener(e -> {
            errors.reset();
            List<UnitListing> from = new ArrayList<>(merged.getValue());
            errors.check(merged, () -> Require.notEmpty(from, "đơn vị bị sáp nhập", "merged unit"));
            LocalDate on = errors.check(day, () -> Require.present(day.getValue(), "ngày có hiệu lực", "effective date"));
            Runnable action;
            String into;
            if (target.getValue() == Target.EXISTING) {
                UnitListing to = errors.check(successor, () -> Require.present(successor.getValue(), "đơn vị kế thừa", "successor unit"));
                if (errors.failed()) {
                    return;
                }
                into = UnitsView.label(to);
                action = () -> reorganise.merge(new MergeUnitsCommand(from.stream().map(UnitListing::id).toList(), to.id(), on));
            } else {
                UnitCode newCode = errors.check(code, () -> UnitCode.of(code.getValue()));
                String newName = errors.check(name, () -> Require.text(name.getValue(), 200, "tên đơn vị", "unit name"));
                UnitKind newKind = errors.check(kind, () -> Require.present(kind.getValue(), "loại đơn vị", "unit kind"));
                if (errors.failed()) {
                    return;
                }
                into = newKind.vietnamese() + " " + newName + " (" + newCode + ")";
                action = () -> reorganise.mergeIntoNew(new MergeIntoNewUnitCommand(from.stream().map(UnitListing::id).toList(),
                        new RegisterUnitCommand(newCode, newName, newKind, parent.getValue() == null ? null : parent.getValue().id(),
                                Validity.since(on))));
            }
            String names = from.stream().map(UnitsView::label).collect(Collectors.joining(", "));
            confirm("units.merge.confirm.title", t("units.merge.confirm.text", names, into, UnitsView.DATE.format(on)),
                    "units.merge.confirm", () -> {
                        if (errors.run(action)) {
                            d.close();
                            Notices.success(t("units.merged", names, into));
                            changed.run();
                        }
                    }).open();
        });
        d.open();
        merged.focus();
    }

    // --- dissolution ---

    void openDissolve(UnitListing preset) {
        ComboBox<UnitListing> unit = unitPicker("dissolve-unit", "units.unit");
        if (preset != null && preset.state() == UnitState.CURRENT) {
            unit.setValue(preset);
        }
        DatePicker day = datePicker("dissolve-date", "units.dissolve.date");
        day.setHelperText(t("units.merge.date.help"));
        FieldErrors errors = new FieldErrors().field(unit, "required.unit", "unit.already-ended", "not-found", "stale")
                .field(day, "required.effective-date", "validity.");
        Button next = new Button(t("units.dissolve.record"));
        next.setId("dissolve-save");
        next.addThemeVariants(ButtonVariant.ERROR);
        Dialog d = dialog("units.dissolve", new FormLayout(unit, day), next);
        next.addClickListener(e -> {
            errors.reset();
            UnitListing chosen = errors.check(unit, () -> Require.present(unit.getValue(), "đơn vị", "unit"));
            LocalDate on = errors.check(day, () -> Require.present(day.getValue(), "ngày có hiệu lực", "effective date"));
            if (errors.failed()) {
                return;
            }
            confirm("units.dissolve.confirm.title", t("units.dissolve.confirm.text", UnitsView.label(chosen),
                    UnitsView.DATE.format(on)), "units.dissolve.confirm", () -> {
                if (errors.run(() -> reorganise.dissolve(new DissolveUnitCommand(chosen.id(), on)))) {
                    d.close();
                    Notices.success(t("units.dissolved", UnitsView.label(chosen)));
                    changed.run();
                }
            }).open();
        });
        d.open();
        (preset == null ? unit : day).focus();
    }
}
