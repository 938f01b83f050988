package vn.giamsat.admin.calendar;

import vn.giamsat.domain.calendar.CalendarReasons;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.common.Require;

/**
 * One day of the calendar in a dialog, new or to change. The date is the entry's identity: an existing day's date
 * is not edited (delete it and add the right one). Adding a date that already has an entry replaces it, so the
 * form asks first. Enter saves, Escape cancels.
 */
final class CalendarDayForm {
    /** After a successful save: the day, what was done (a sentence), and what it did to imported dossiers. */
    interface Saved {
        void saved(LocalDate day, String done, CalendarEdit edit);
    }

    private final HolidayCalendarUseCase calendar;
    private final CalendarEditThreads threads;
    private final Saved saved;

    CalendarDayForm(HolidayCalendarUseCase calendar, CalendarEditThreads threads, Saved saved) {
        this.calendar = calendar;
        this.threads = threads;
        this.saved = saved;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    void openNew(int shownYear) {
        open(null, shownYear);
    }

    void openEdit(CalendarDay existing) {
        if (existing != null) {
            open(existing, existing.day().getYear());
        }
    }

    private void open(CalendarDay existing, int shownYear) {
        DatePicker date = new DatePicker(t("calendar.column.day"));
        date.setId("calendar-form-day");
        date.setLocale(Locale.of("vi", "VN")); // dd/MM/yyyy whatever the language of the page
        date.setPlaceholder("dd/mm/yyyy");
        date.setRequiredIndicatorVisible(true);
        date.setInitialPosition(LocalDate.of(shownYear, 1, 1));
        RadioButtonGroup<CalendarDay.Kind> kind = new RadioButtonGroup<>(t("calendar.column.kind"));
        kind.setId("calendar-form-kind");
        kind.setItems(CalendarDay.Kind.values());
        kind.setItemLabelGenerator(k -> Labels.of(k.vietnamese(), k.english()));
        kind.setValue(CalendarDay.Kind.HOLIDAY);
        kind.setHelperText(t("calendar.kind.help"));
        TextField name = new TextField(t("calendar.column.name"));
        name.setId("calendar-form-name");
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(t("calendar.name.placeholder"));
        name.setHelperText(t("calendar.name.help"));
        name.setWidthFull();
        TextField source = new TextField(t("calendar.column.source"));
        source.setId("calendar-form-source");
        source.setPlaceholder(t("calendar.source.placeholder"));
        source.setHelperText(t("calendar.source.help"));
        source.setWidthFull();
        if (existing != null) {
            date.setValue(existing.day());
            date.setReadOnly(true);
            date.setHelperText(t("calendar.day.fixed"));
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            source.setValue(existing.source() == null ? "" : existing.source());
        }
        FormLayout form = new FormLayout(date, kind, name, source);
        form.setColspan(name, 2);
        form.setColspan(source, 2);
        FieldErrors errors = new FieldErrors()
                .field(date, CalendarReasons.DAY.required(), CalendarReasons.CALENDAR_PREFIX)
                .field(kind, CalendarReasons.KIND_OF_DAY.required())
                .field(name, CalendarReasons.NAME_OF_THE_DAY.required(), CalendarReasons.NAME_OF_THE_DAY.tooLong());

        Dialog d = new Dialog(t(existing == null ? "calendar.add" : "calendar.edit.title",
                existing == null ? "" : HolidayCalendarView.DATE.format(existing.day())));
        d.setId("calendar-form");
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 40rem)");
        d.add(form);
        Button cancel = new Button(t("action.cancel"), e -> d.close());
        cancel.setId("calendar-form-cancel");
        Button save = new Button(t("action.save"));
        save.setId("calendar-form-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(d);
        d.getFooter().add(cancel, save);
        save.addClickListener(e -> {
            errors.reset();
            LocalDate day = errors.check(date, () -> Require.present(date.getValue(), CalendarReasons.DAY));
            CalendarDay.Kind k = errors.check(kind, () -> Require.present(kind.getValue(), CalendarReasons.KIND_OF_DAY));
            String text = errors.check(name, () -> Require.text(name.getValue(), 200, CalendarReasons.NAME_OF_THE_DAY));
            if (errors.failed()) {
                return;
            }
            CalendarDay entry = new CalendarDay(day, k, text, source.getValue());
            // The edit runs on its own thread with its progress shown; the form waits, its buttons locked.
            Runnable store = () -> CalendarEditRun.start(threads, progress -> calendar.save(entry, progress),
                    running -> {
                        save.setEnabled(!running);
                        cancel.setEnabled(!running);
                        d.setCloseOnEsc(!running);
                    },
                    edit -> {
                        d.close();
                        saved.saved(day, t("calendar.saved", HolidayCalendarView.DATE.format(day), entry.name()), edit);
                    },
                    refusal -> errors.run(() -> {
                        throw refusal;
                    }));
            Optional<CalendarDay> taken = existing != null ? Optional.empty()
                    : calendar.daysOf(day.getYear()).stream().filter(c -> c.day().equals(day)).findFirst();
            if (taken.isPresent()) {
                confirmReplace(taken.get(), entry, store);
            } else {
                store.run();
            }
        });
        d.open();
        (existing == null ? date : name).focus();
    }

    private static void confirmReplace(CalendarDay old, CalendarDay replacement, Runnable store) {
        ConfirmDialog c = new ConfirmDialog();
        c.setId("calendar-replace-confirm");
        c.setHeader(t("calendar.replace.title"));
        c.setText(t("calendar.replace.text", HolidayCalendarView.DATE.format(old.day()),
                Labels.of(old.kind().vietnamese(), old.kind().english()), old.name(),
                Labels.of(replacement.kind().vietnamese(), replacement.kind().english()), replacement.name()));
        c.setCancelable(true);
        c.setCancelText(t("action.cancel"));
        c.setConfirmText(t("calendar.replace.confirm"));
        c.setCloseOnEsc(true);
        c.addConfirmListener(e -> store.run());
        c.open();
    }
}
