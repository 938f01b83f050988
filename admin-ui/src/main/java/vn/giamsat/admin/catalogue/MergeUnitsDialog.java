package vn.giamsat.admin.catalogue;

import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.domain.unit.UnitReasons;
import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeIntoNewUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/**
 * A merger (sáp nhập): units end on a day and become part of an existing unit or of a new one registered at the same
 * time; asks for confirmation first, because it ends units and cannot be undone.
 */
final class MergeUnitsDialog {
    enum Target { EXISTING, NEW }

    private final UnitFormParts parts;
    private final ReorganiseUnitsUseCase reorganise;

    MergeUnitsDialog(UnitFormParts parts, ReorganiseUnitsUseCase reorganise) {
        this.parts = parts;
        this.reorganise = reorganise;
    }

    /** Opens with {@code preset} among the merged units when it is a current unit. */
    void open(UnitListing preset) {
        MultiSelectComboBox<UnitListing> merged = parts.unitsPicker("merge-merged", "units.merge.merged");
        if (UnitFormParts.isCurrent(preset)) {
            merged.setValue(Set.of(preset));
        }
        RadioButtonGroup<Target> target = new RadioButtonGroup<>(t("units.merge.target"));
        target.setId("merge-target");
        target.setItems(Target.values());
        target.setItemLabelGenerator(x -> t(x == Target.EXISTING ? "units.merge.target.existing" : "units.merge.target.new"));
        target.setValue(Target.EXISTING);
        ComboBox<UnitListing> successor = parts.unitPicker("merge-successor", "units.merge.successor");
        TextField code = new TextField(t("units.column.code"));
        code.setId("merge-new-code");
        code.setHelperText(t("units.merge.code.help"));
        TextField name = new TextField(t("units.column.name"));
        name.setId("merge-new-name");
        Select<UnitKind> kind = UnitFormParts.kindSelect("merge-new-kind");
        ComboBox<UnitListing> parent = parts.unitPicker("merge-new-parent", "units.column.parent");
        parent.setRequiredIndicatorVisible(false);
        List<Component> newUnitFields = List.of(code, name, kind, parent);
        DatePicker day = UnitFormParts.datePicker("merge-date", "units.merge.date");
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
                .field(merged, UnitReasons.MERGED_UNIT.required(), UnitReasons.ALREADY_ENDED, UnitReasons.SELF_SUCCESSOR, StaleDataException.CODE)
                .field(successor, UnitReasons.SUCCESSOR_UNIT.required(), NotFoundException.CODE)
                .field(code, UnitReasons.CODE_PREFIX, UnitReasons.CODE_TAKEN)
                .field(name, UnitReasons.NAME.required(), UnitReasons.NAME.tooLong())
                .field(kind, UnitReasons.CODE_TIER, UnitReasons.KIND.required())
                .field(parent, UnitReasons.PARENT_REQUIRED)
                .field(day, UnitReasons.EFFECTIVE_DATE.required(), UnitReasons.VALIDITY_PREFIX, UnitReasons.SUCCESSOR_NOT_CURRENT);
        Button next = new Button(t("units.merge.record"));
        next.setId("merge-save");
        Dialog d = UnitFormParts.dialog("units.merge", form, next);
        next.addClickListener(e -> {
            errors.reset();
            List<UnitListing> from = new ArrayList<>(merged.getValue());
            errors.check(merged, () -> Require.notEmpty(from, UnitReasons.MERGED_UNIT));
            LocalDate on = errors.check(day, () -> Require.present(day.getValue(), UnitReasons.EFFECTIVE_DATE));
            Runnable action;
            String into;
            if (target.getValue() == Target.EXISTING) {
                UnitListing to = errors.check(successor, () -> Require.present(successor.getValue(), UnitReasons.SUCCESSOR_UNIT));
                if (errors.failed()) {
                    return;
                }
                into = UnitsView.label(to);
                action = () -> reorganise.merge(new MergeUnitsCommand(from.stream().map(UnitListing::id).toList(), to.id(), on));
            } else {
                UnitCode newCode = errors.check(code, () -> UnitCode.of(code.getValue()));
                String newName = errors.check(name, () -> Require.text(name.getValue(), 200, UnitReasons.NAME));
                UnitKind newKind = errors.check(kind, () -> Require.present(kind.getValue(), UnitReasons.KIND));
                if (errors.failed()) {
                    return;
                }
                into = newKind.vietnamese() + " " + newName + " (" + newCode + ")";
                action = () -> reorganise.mergeIntoNew(new MergeIntoNewUnitCommand(from.stream().map(UnitListing::id).toList(),
                        new RegisterUnitCommand(newCode, newName, newKind, parent.getValue() == null ? null : parent.getValue().id(),
                                Validity.since(on))));
            }
            String names = from.stream().map(UnitsView::label).collect(Collectors.joining(", "));
            UnitFormParts.confirm("units.merge.confirm.title", t("units.merge.confirm.text", names, into, UnitsView.DATE.format(on)),
                    "units.merge.confirm", () -> {
                        if (errors.run(action)) {
                            d.close();
                            Notices.success(t("units.merged", names, into));
                            parts.changed();
                        }
                    }).open();
        });
        d.open();
        merged.focus();
    }
}
