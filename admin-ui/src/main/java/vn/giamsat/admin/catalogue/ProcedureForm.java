package vn.giamsat.admin.catalogue;

import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.domain.procedure.ProcedureReasons;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import vn.giamsat.domain.deadline.TimeLimit;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitTier;

/**
 * A procedure in a dialog, new or to change: every field of the domain's {@link Procedure}, the one the portal
 * shows. The code of an existing procedure is its identity and is not edited.
 */
final class ProcedureForm {
    private final ProcedureCatalogQueries procedures;
    private final ProcedureCatalogUseCase maintain;
    private final Runnable changed;

    ProcedureForm(ProcedureCatalogQueries procedures, ProcedureCatalogUseCase maintain, Runnable changed) {
        this.procedures = procedures;
        this.maintain = maintain;
        this.changed = changed;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    void open(Procedure existing) {
        TextField code = new TextField(t("procedures.column.code"));
        code.setId("procedure-code");
        code.setPlaceholder("1.001193");
        TextField name = new TextField(t("procedures.column.name"));
        name.setId("procedure-name");
        name.setMaxLength(500);
        ComboBox<String> field = new ComboBox<>(t("procedures.column.field"));
        field.setId("procedure-field-input");
        field.setItems(procedures.fields());
        field.setAllowCustomValue(true); // a new field (lĩnh vực) is typed in
        field.addCustomValueSetListener(e -> field.setValue(e.getDetail()));
        Select<UnitTier> level = new Select<>();
        level.setLabel(t("procedures.level"));
        level.setId("procedure-level");
        level.setItems(UnitTier.values());
        level.setItemLabelGenerator(l -> capitalized(Labels.of(l.vietnamese(), l.english())));
        level.setValue(UnitTier.COMMUNE);
        IntegerField days = new IntegerField(t("procedures.column.time-limit"));
        days.setId("procedure-days");
        days.setMin(0);
        days.setMax(365);
        days.setHelperText(t("procedures.days.help"));
        // How the procedure states its limit (issue 16): the unit, and the "after 15:00 counts from the next working
        // day" time of the certification procedures.
        Select<TimeLimit.Unit> unit = new Select<>();
        unit.setLabel(t("procedures.limit-unit"));
        unit.setId("procedure-limit-unit");
        unit.setItems(TimeLimit.Unit.values());
        unit.setItemLabelGenerator(u -> capitalized(Labels.of(u.vietnamese(), u.english())));
        unit.setValue(TimeLimit.Unit.WORKING_DAYS);
        unit.addValueChangeListener(e -> {
            TimeLimit.Unit chosen = e.getValue() == null ? TimeLimit.Unit.WORKING_DAYS : e.getValue();
            days.setMax(chosen.max());
            // The number is read in the unit beside it: a label saying "working days" over hours would mislead.
            days.setLabel(t("procedures.time-limit.in", Labels.of(chosen.vietnamese(), chosen.english())));
        });
        TimePicker nextDayAfter = new TimePicker(t("procedures.next-day-after"));
        nextDayAfter.setId("procedure-next-day-after");
        nextDayAfter.setClearButtonVisible(true);
        nextDayAfter.setHelperText(t("procedures.next-day-after.help"));
        TextField fees = new TextField(t("procedures.fees"));
        fees.setId("procedure-fees");
        TextArea documents = new TextArea(t("procedures.documents"));
        documents.setId("procedure-documents");
        documents.setHelperText(t("procedures.documents.help"));
        TextField result = new TextField(t("procedures.result"));
        result.setId("procedure-result");
        TextArea legal = new TextArea(t("procedures.legal-basis"));
        legal.setId("procedure-legal");
        Select<OnlineMode> online = new Select<>();
        online.setLabel(t("procedures.column.online"));
        online.setId("procedure-online-input");
        online.setItems(OnlineMode.values());
        online.setItemLabelGenerator(m -> Labels.of(m.vietnamese(), m.english()));
        // Decision 45/2016/QĐ-TTg: the dossier, the result, or both may go by post (decision 033).
        Select<vn.giamsat.domain.procedure.PostalOptions> postal = new Select<>();
        postal.setLabel(t("procedures.column.postal"));
        postal.setId("procedure-postal-input");
        postal.setItems(vn.giamsat.domain.procedure.PostalOptions.values());
        postal.setItemLabelGenerator(o -> Labels.of(o.vietnamese(), o.english()));
        postal.setValue(vn.giamsat.domain.procedure.PostalOptions.NONE);
        TextField publishedBy = new TextField(t("procedures.published-by"));
        publishedBy.setId("procedure-published-by");
        publishedBy.setPlaceholder("Quyết định 3693/QĐ-UBND ngày 16/12/2021");
        for (var f : List.of(code, name)) {
            f.setRequiredIndicatorVisible(true);
        }
        field.setRequiredIndicatorVisible(true);
        online.setRequiredIndicatorVisible(true);

        if (existing != null) {
            code.setValue(existing.code().value());
            code.setReadOnly(true);
            name.setValue(existing.name());
            field.setValue(existing.field());
            level.setValue(existing.authorityLevel());
            days.setValue(existing.timeLimitWorkingDays());
            unit.setValue(existing.timeLimitUnit());
            nextDayAfter.setValue(existing.nextWorkingDayAfter());
            fees.setValue(nullToEmpty(existing.fees()));
            documents.setValue(String.join("\n", existing.requiredDocuments()));
            result.setValue(nullToEmpty(existing.result()));
            legal.setValue(nullToEmpty(existing.legalBasis()));
            online.setValue(existing.onlineMode());
            postal.setValue(existing.postal());
            publishedBy.setValue(nullToEmpty(existing.publishedBy()));
        }

        FormLayout form = new FormLayout(code, name, field, level, days, unit, nextDayAfter, online, postal, fees,
                documents, result, legal, publishedBy);
        form.setColspan(name, 2);
        form.setColspan(documents, 2);
        form.setColspan(legal, 2);
        FieldErrors errors = new FieldErrors()
                .field(code, ProcedureReasons.CODE_PREFIX, ProcedureReasons.CODE_TAKEN, NotFoundException.CODE)
                .field(name, ProcedureReasons.NAME.required(), ProcedureReasons.NAME.tooLong())
                .field(field, ProcedureReasons.FIELD.required(), ProcedureReasons.FIELD.tooLong())
                .field(days, ProcedureReasons.TIME_LIMIT)
                .field(online, ProcedureReasons.ONLINE_MODE.required())
                .field(level, ProcedureReasons.AUTHORITY_LEVEL.required());

        Dialog d = new Dialog(t(existing == null ? "procedures.add" : "procedures.edit"));
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 48rem)");
        d.add(form);
        Button save = new Button(t("action.save"));
        save.setId("procedure-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(new Button(t("action.cancel"), e -> d.close()), save);
        save.addClickListener(e -> {
            errors.reset();
            ProcedureCode pc = errors.check(code, () -> ProcedureCode.of(code.getValue()));
            errors.check(name, () -> Require.text(name.getValue(), 500, ProcedureReasons.NAME));
            errors.check(field, () -> Require.text(field.getValue(), 200, ProcedureReasons.FIELD));
            errors.check(online, () -> Require.present(online.getValue(), ProcedureReasons.ONLINE_MODE));
            if (errors.failed()) {
                return;
            }
            List<String> docs = Arrays.stream(documents.getValue().split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            boolean saved = errors.run(() -> {
                Procedure p = new Procedure(pc, name.getValue(), field.getValue(), level.getValue(), days.getValue(),
                        blankToNull(fees.getValue()), docs, blankToNull(result.getValue()), blankToNull(legal.getValue()),
                        online.getValue(), postal.getValue(), blankToNull(publishedBy.getValue()), unit.getValue(),
                        nextDayAfter.getValue());
                if (existing == null) {
                    maintain.create(p);
                } else {
                    maintain.change(p);
                }
            });
            if (saved) {
                d.close();
                Notices.success(t("procedures.saved", pc.value()));
                changed.run();
            }
        });
        d.open();
        (existing == null ? code : name).focus();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
