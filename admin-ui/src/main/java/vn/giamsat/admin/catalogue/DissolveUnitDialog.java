package vn.giamsat.admin.catalogue;

import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.domain.unit.UnitReasons;
import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.domain.common.Require;

/** A dissolution (giải thể): the unit ends on a day without a successor; asks for confirmation, it cannot be undone. */
final class DissolveUnitDialog {
    private final UnitFormParts parts;
    private final ReorganiseUnitsUseCase reorganise;

    DissolveUnitDialog(UnitFormParts parts, ReorganiseUnitsUseCase reorganise) {
        this.parts = parts;
        this.reorganise = reorganise;
    }

    /** Opens on {@code preset} when it is a current unit, with the focus on the day. */
    void open(UnitListing preset) {
        ComboBox<UnitListing> unit = parts.unitPicker("dissolve-unit", "units.unit");
        if (UnitFormParts.isCurrent(preset)) {
            unit.setValue(preset);
        }
        DatePicker day = UnitFormParts.datePicker("dissolve-date", "units.dissolve.date");
        day.setHelperText(t("units.merge.date.help"));
        FieldErrors errors = new FieldErrors()
                .field(unit, UnitReasons.UNIT.required(), UnitReasons.ALREADY_ENDED, NotFoundException.CODE, StaleDataException.CODE)
                .field(day, UnitReasons.EFFECTIVE_DATE.required(), UnitReasons.VALIDITY_PREFIX);
        Button next = new Button(t("units.dissolve.record"));
        next.setId("dissolve-save");
        next.addThemeVariants(ButtonVariant.ERROR);
        Dialog d = UnitFormParts.dialog("units.dissolve", new FormLayout(unit, day), next);
        next.addClickListener(e -> {
            errors.reset();
            UnitListing chosen = errors.check(unit, () -> Require.present(unit.getValue(), UnitReasons.UNIT));
            LocalDate on = errors.check(day, () -> Require.present(day.getValue(), UnitReasons.EFFECTIVE_DATE));
            if (errors.failed()) {
                return;
            }
            UnitFormParts.confirm("units.dissolve.confirm.title", t("units.dissolve.confirm.text", UnitsView.label(chosen),
                    UnitsView.DATE.format(on)), "units.dissolve.confirm", () -> {
                if (errors.run(() -> reorganise.dissolve(new DissolveUnitCommand(chosen.id(), on)))) {
                    d.close();
                    Notices.success(t("units.dissolved", UnitsView.label(chosen)));
                    parts.changed();
                }
            }).open();
        });
        d.open();
        (preset == null ? unit : day).focus();
    }
}
