package vn.giamsat.admin.catalogue;

import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.domain.unit.UnitReasons;
import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/** A new unit (thêm đơn vị): code, name, kind, parent and the day it begins; each refusal beside its field. */
final class RegisterUnitDialog {
    private final UnitFormParts parts;
    private final RegisterUnitUseCase register;

    RegisterUnitDialog(UnitFormParts parts, RegisterUnitUseCase register) {
        this.parts = parts;
        this.register = register;
    }

    void open() {
        TextField code = new TextField(t("units.column.code"));
        code.setId("new-unit-code");
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(t("units.column.name"));
        name.setId("new-unit-name");
        name.setRequiredIndicatorVisible(true);
        Select<UnitKind> kind = UnitFormParts.kindSelect("new-unit-kind");
        ComboBox<UnitListing> parent = parts.unitPicker("new-unit-parent", "units.column.parent");
        parent.setRequiredIndicatorVisible(false);
        parent.setHelperText(t("units.parent.help"));
        DatePicker from = UnitFormParts.datePicker("new-unit-from", "units.column.from");
        FieldErrors errors = new FieldErrors()
                .field(code, UnitReasons.CODE_PREFIX, UnitReasons.CODE_TAKEN)
                .field(name, UnitReasons.NAME.required(), UnitReasons.NAME.tooLong())
                .field(kind, UnitReasons.CODE_TIER, UnitReasons.KIND.required())
                .field(parent, UnitReasons.PARENT_REQUIRED, NotFoundException.CODE)
                .field(from, UnitReasons.VALID_FROM.required(), UnitReasons.VALIDITY_PREFIX);
        Button save = new Button(t("action.save"));
        save.setId("new-unit-save");
        Dialog d = UnitFormParts.dialog("units.add", new FormLayout(code, name, kind, parent, from), save);
        save.addClickListener(e -> {
            errors.reset();
            UnitCode unitCode = errors.check(code, () -> UnitCode.of(code.getValue()));
            String unitName = errors.check(name, () -> Require.text(name.getValue(), 200, UnitReasons.NAME));
            UnitKind unitKind = errors.check(kind, () -> Require.present(kind.getValue(), UnitReasons.KIND));
            LocalDate day = errors.check(from, () -> Require.present(from.getValue(), UnitReasons.VALID_FROM));
            if (errors.failed()) {
                return;
            }
            RegisterUnitCommand command = new RegisterUnitCommand(unitCode, unitName, unitKind,
                    parent.getValue() == null ? null : parent.getValue().id(), Validity.since(day));
            if (errors.run(() -> register.register(command))) {
                d.close();
                Notices.success(t("units.added", unitKind.vietnamese() + " " + unitName));
                parts.changed();
            }
        });
        d.open();
        code.focus();
    }
}
