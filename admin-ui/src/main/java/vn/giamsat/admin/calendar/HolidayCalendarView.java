package vn.giamsat.admin.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import vn.giamsat.admin.ui.FieldErrors;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.domain.calendar.CalendarDay;

/**
 * The holiday calendar (lịch ngày nghỉ) one year at a time: the days off and make-up working days that decide
 * which dossiers count as late. Everyone signed in reads it, since it explains a dossier's deadline; only
 * administrators add, change and delete days (the use case refuses anyone else whatever this page shows).
 */
@PermitAll
@Route(value = "lich-ngay-nghi", layout = MainLayout.class)
public class HolidayCalendarView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final HolidayCalendarUseCase calendar;
    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    final IntegerField year = new IntegerField();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Paragraph count = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final Grid<CalendarDay> grid = new Grid<>(CalendarDay.class, false);
    private final Grid.Column<CalendarDay> dayColumn;
    private final Grid.Column<CalendarDay> weekdayColumn;
    private final Grid.Column<CalendarDay> kindColumn;
    private final Grid.Column<CalendarDay> nameColumn;
    private final Grid.Column<CalendarDay> sourceColumn;
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private final Button edit = new Button(VaadinIcon.EDIT.create());
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private final CalendarDayForm form;
    private final CalendarEditThreads threads;
    private final Today today;
    private final boolean admin;

    public HolidayCalendarView(HolidayCalendarUseCase calendar, CalendarEditThreads threads, Today today,
                               AuthenticationContext authentication) {
        this.calendar = calendar;
        this.threads = threads;
        this.today = today;
        this.admin = authentication.hasRole("ADMIN");
        this.form = new CalendarDayForm(calendar, threads, this::saved);
        // A year has a dozen or two entries: the page shows them all and scrolls, rather than a small scrolling grid.
        setWidthFull();
        intro.addClassName("calendar-intro");

        year.setId("calendar-year");
        year.setMin(FIRST_YEAR);
        year.setMax(LAST_YEAR);
        year.setStepButtonsVisible(true);
        year.setWidth("9rem");
        year.setValue(today.date().getYear());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= FIRST_YEAR && e.getValue() <= LAST_YEAR) {
                refresh();
            }
        });
        previous.setId("calendar-previous");
        previous.addClickListener(e -> year.setValue(shownYear() - 1));
        next.setId("calendar-next");
        next.setIconAfterText(true);
        next.addClickListener(e -> year.setValue(shownYear() + 1));
        HorizontalLayout years = new HorizontalLayout(previous, year, next);
        years.setAlignItems(FlexComponent.Alignment.BASELINE);
        years.setWrap(true);

        count.setId("calendar-count");
        count.addClassName("calendar-count");
        outcome.setId("calendar-outcome");
        outcome.addClassName("calendar-outcome");
        outcome.setVisible(false);

        dayColumn = grid.addColumn(d -> DATE.format(d.day())).setWidth("7.5rem").setFlexGrow(0);
        weekdayColumn = grid.addColumn(d -> weekday(d.day())).setWidth("6.5rem").setFlexGrow(0);
        kindColumn = grid.addColumn(d -> Labels.of(d.kind().vietnamese(), d.kind().english()))
                .setWidth("8rem").setFlexGrow(0);
        nameColumn = grid.addColumn(CalendarDay::name).setWidth("8rem").setFlexGrow(2);
        sourceColumn = grid.addColumn(d -> d.source() == null ? "" : d.source()).setWidth("8rem").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(d -> d.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY ? "make-up" : null);
        grid.setId("calendar-grid");
        grid.setWidthFull();
        grid.setAllRowsVisible(true);

        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> form.openNew(shownYear()));
        edit.setId("calendar-edit");
        edit.setEnabled(false);
        edit.addClickListener(e -> form.openEdit(selected()));
        delete.setId("calendar-delete");
        delete.setEnabled(false);
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> confirmDelete(selected()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            edit.setEnabled(e.getValue() != null);
            delete.setEnabled(e.getValue() != null);
        });
        HorizontalLayout actions = new HorizontalLayout(add, edit, delete);
        actions.setWrap(true);
        actions.setVisible(admin);
        if (admin) {
            // A double click (or Enter on a row, then the Edit button) opens the day for editing.
            grid.addItemDoubleClickListener(e -> form.openEdit(e.getItem()));
        }

        HorizontalLayout bar = new HorizontalLayout(years, actions);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(title, intro, bar, count, outcome, grid, new WorkingHoursPanel(calendar, admin));
    }

    private CalendarDay selected() {
        return grid.asSingleSelect().getValue();
    }

    int shownYear() {
        Integer y = year.getValue();
        return y == null ? today.date().getYear() : y;
    }

    void refresh() {
        int y = shownYear();
        List<CalendarDay> days = calendar.daysOf(y).stream().sorted(Comparator.comparing(CalendarDay::day)).toList();
        grid.setItems(days);
        grid.setEmptyStateText(getTranslation(admin ? "calendar.empty.admin" : "calendar.empty", String.valueOf(y)));
        long off = days.stream().filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY).count();
        count.setText(days.isEmpty() ? getTranslation("calendar.count.none", String.valueOf(y))
                : getTranslation("calendar.count", off, days.size() - off, String.valueOf(y)));
        previous.setText(String.valueOf(y - 1));
        previous.setAriaLabel(getTranslation("calendar.year.previous.name", String.valueOf(y - 1))); // starts with its visible text (WCAG 2.5.3)
        previous.setEnabled(y > FIRST_YEAR);
        next.setText(String.valueOf(y + 1));
        next.setAriaLabel(getTranslation("calendar.year.next.name", String.valueOf(y + 1)));
        next.setEnabled(y < LAST_YEAR);
    }

    /** After a save or delete: show the year of that day, and what the edit did to imported dossiers. */
    private void saved(LocalDate day, String done, CalendarEdit edit) {
        String message = done + " " + CalendarEditMessage.of(edit, this::getTranslation);
        outcome.setText(message);
        outcome.setVisible(true);
        Notices.success(message);
        if (day.getYear() != shownYear()) {
            year.setValue(day.getYear()); // refreshes
        } else {
            refresh();
        }
    }

    private void confirmDelete(CalendarDay day) {
        if (day == null) {
            return;
        }
        ConfirmDialog c = new ConfirmDialog();
        c.setId("calendar-delete-confirm");
        c.setHeader(getTranslation("calendar.delete.title"));
        c.setText(getTranslation("calendar.delete.text", DATE.format(day.day()), weekday(day.day()), day.name()));
        c.setCancelable(true);
        c.setCancelText(getTranslation("action.cancel"));
        c.setConfirmText(getTranslation("calendar.delete.confirm"));
        c.setConfirmButtonTheme("error primary");
        c.setCloseOnEsc(true);
        c.addConfirmListener(e -> CalendarEditRun.start(threads, progress -> calendar.remove(day.day(), progress),
                this::lockEdits,
                result -> {
                    grid.asSingleSelect().clear();
                    saved(day.day(), getTranslation("calendar.deleted", DATE.format(day.day()), day.name()), result);
                },
                refusal -> new FieldErrors().run(() -> {
                    throw refusal;
                })));
        c.open();
    }

    /** While an edit runs, no other is started from this page (another tab's waits for it in the database). */
    private void lockEdits(boolean running) {
        add.setEnabled(!running);
        edit.setEnabled(!running && selected() != null);
        delete.setEnabled(!running && selected() != null);
    }

    /** "Thứ Hai" … "Chủ nhật", as printed on Vietnamese notices; English day names otherwise. */
    String weekday(LocalDate day) {
        return getTranslation("calendar.weekday." + day.getDayOfWeek().getValue());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("calendar.title"));
        intro.setText(getTranslation("calendar.intro"));
        year.setLabel(getTranslation("calendar.year"));
        dayColumn.setHeader(getTranslation("calendar.column.day"));
        weekdayColumn.setHeader(getTranslation("calendar.column.weekday"));
        kindColumn.setHeader(getTranslation("calendar.column.kind"));
        nameColumn.setHeader(getTranslation("calendar.column.name"));
        sourceColumn.setHeader(getTranslation("calendar.column.source"));
        add.setText(getTranslation("calendar.add"));
        edit.setText(getTranslation("calendar.edit"));
        delete.setText(getTranslation("calendar.delete"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.title");
    }
}
