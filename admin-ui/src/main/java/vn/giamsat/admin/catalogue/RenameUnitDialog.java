package vn.giamsat.admin.catalogue;

import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.domain.unit.UnitReasons;
import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase.RenameUnitCommand;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.domain.common.Require;

/** A name correction (đổi tên đơn vị) of a current unit; the new name starts as the old one. */
final class RenameUnitDialog {
    private final UnitFormParts parts;
    private final RenameUnitUseCase rename;

    RenameUnitDialog(UnitFormParts parts, RenameUnitUseCase rename) {
        this.parts = parts;
        this.rename = rename;
    }

    /** Opens on {@code preset} when it is a current unit, with the focus on the new name. */
    void open(UnitListing preset) {
        ComboBox<UnitListing> unit = parts.unitPicker("rename-unit", "units.unit");
        TextField name = new TextField(t("units.rename.new-name"));
        name.setId("rename-name");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().name());
            }
        });
        if (UnitFormParts.isCurrent(preset)) {
            unit.setValue(preset);
        }
        FieldErrors errors = new FieldErrors()
                .field(unit, UnitReasons.UNIT.required(), UnitReasons.ALREADY_ENDED, NotFoundException.CODE, StaleDataException.CODE)
                .field(name, UnitReasons.NAME.required(), UnitReasons.NAME.tooLong());
        Button save = new Button(t("action.save"));
        save.setId("rename-save");
        Dialog d = UnitFormParts.dialog("units.rename", new FormLayout(unit, name), save);
        save.addClickListener(e -> {
            errors.reset();
            UnitListing chosen = errors.check(unit, () -> Require.present(unit.getValue(), UnitReasons.UNIT));
            String newName = errors.check(name, () -> Require.text(name.getValue(), 200, UnitReasons.NAME));
            if (errors.failed()) {
                return;
            }
            if (errors.run(() -> rename.rename(new RenameUnitCommand(chosen.id(), newName, chosen.version())))) {
                d.close();
                Notices.success(t("units.renamed", chosen.kind().vietnamese() + " " + newName));
                parts.changed();
            }
        });
        d.open();
        (preset == null ? unit : name).focus();
    }
}
