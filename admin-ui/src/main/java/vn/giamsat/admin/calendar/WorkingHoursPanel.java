package vn.giamsat.admin.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.List;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.domain.calendar.WorkingHours;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.unit.UnitCode;

/**
 * A province's office hours and Saturday-morning reception (issue 16, rules D4 and D5 of docs/deadline-rules.md), on
 * the calendar page: they decide hour and half-day deadlines and the "after 15:00" rule of the dossiers imported
 * afterwards. Everyone signed in reads them; only administrators save (the use case refuses anyone else).
 */
final class WorkingHoursPanel extends VerticalLayout {
    private final HolidayCalendarUseCase calendar;
    final TextField province = new TextField();
    final TimePicker morningFrom = new TimePicker();
    final TimePicker morningTo = new TimePicker();
    final TimePicker afternoonFrom = new TimePicker();
    final TimePicker afternoonTo = new TimePicker();
    final Checkbox saturday = new Checkbox();
    final Button save = new Button();

    WorkingHoursPanel(HolidayCalendarUseCase calendar, boolean admin) {
        this.calendar = calendar;
        setPadding(false);
        setId("working-hours");
        H3 title = new H3(getTranslation("working-hours.title"));
        Paragraph intro = new Paragraph(getTranslation("working-hours.intro"));
        province.setLabel(getTranslation("working-hours.province"));
        province.setId("working-hours-province");
        province.setWidth("8rem");
        province.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        province.addValueChangeListener(e -> load());
        morningFrom.setLabel(getTranslation("working-hours.morning-from"));
        morningFrom.setId("working-hours-morning-from");
        morningTo.setLabel(getTranslation("working-hours.morning-to"));
        morningTo.setId("working-hours-morning-to");
        afternoonFrom.setLabel(getTranslation("working-hours.afternoon-from"));
        afternoonFrom.setId("working-hours-afternoon-from");
        afternoonTo.setLabel(getTranslation("working-hours.afternoon-to"));
        afternoonTo.setId("working-hours-afternoon-to");
        saturday.setLabel(getTranslation("working-hours.saturday"));
        saturday.setId("working-hours-saturday");
        save.setText(getTranslation("action.save"));
        save.setId("working-hours-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setVisible(admin);
        save.addClickListener(e -> save());
        for (var f : List.of(morningFrom, morningTo, afternoonFrom, afternoonTo)) {
            f.setWidth("8rem");
            f.setReadOnly(!admin);
        }
        saturday.setReadOnly(!admin);
        show(WorkingHours.standard());
        HorizontalLayout fields = new HorizontalLayout(province, morningFrom, morningTo, afternoonFrom, afternoonTo,
                saturday, save);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, intro, fields);
    }

    private UnitCode code() {
        return UnitCode.of(province.getValue().strip());
    }

    private void load() {
        try {
            show(calendar.workingHours(code()));
            province.setInvalid(false);
        } catch (DomainRuleViolation refused) {
            province.setErrorMessage(Labels.of(refused.reason()));
            province.setInvalid(true);
        }
    }

    private void show(WorkingHours h) {
        morningFrom.setValue(h.morningFrom());
        morningTo.setValue(h.morningTo());
        afternoonFrom.setValue(h.afternoonFrom());
        afternoonTo.setValue(h.afternoonTo());
        saturday.setValue(h.saturdayMorning());
    }

    private void save() {
        try {
            UnitCode code = code();
            calendar.saveWorkingHours(code, new WorkingHours(morningFrom.getValue(), morningTo.getValue(),
                    afternoonFrom.getValue(), afternoonTo.getValue(), saturday.getValue()));
            Notices.success(getTranslation("working-hours.saved", code.value()));
        } catch (DomainRuleViolation refused) {
            Notices.refused(Labels.of(refused.reason()));
        }
    }
}
