package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresInconsistent;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;

/**
 * Entry of one unit's handling figures for a period and channel. Each count has its own "chưa báo cáo"
 * (not reported) box: ticked, the count is stored as not reported, which is not zero. Every broken rule is
 * listed by the figures it names.
 */
final class FiguresForm extends Composite<VerticalLayout> {
    /** Count fields in form II.06a order: key suffix, setter. */
    enum Field { RECEIVED, CARRIED_OVER, RECEIVED_ONLINE, RECEIVED_POSTAL, RESOLVED, EARLY, ON_TIME, WITHIN_DEADLINE,
        LATE, IN_PROGRESS_WITHIN, IN_PROGRESS_OVERDUE, WITHDRAWN }

    final Select<UnitOption> unit = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Optional<Channel>> channel = new Select<>();
    final Map<Field, TextField> counts = new LinkedHashMap<>();
    final Map<Field, Checkbox> notReported = new LinkedHashMap<>();
    final TextArea statement = new TextArea();
    private final UnorderedList errors = new UnorderedList();

    FiguresForm(List<UnitOption> scope, Period roundPeriod) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        unit.setLabel(getTranslation("figures.unit"));
        unit.setItems(scope);
        unit.setItemLabelGenerator(UnitOption::displayName);
        unit.setId("figures-unit");
        from.setLabel(getTranslation("figures.from"));
        to.setLabel(getTranslation("figures.to"));
        from.setLocale(Locale.of("vi", "VN"));
        to.setLocale(Locale.of("vi", "VN"));
        from.setValue(roundPeriod.from());
        to.setValue(roundPeriod.to());
        channel.setLabel(getTranslation("figures.channel"));
        List<Optional<Channel>> channels = new ArrayList<>();
        channels.add(Optional.empty());
        for (Channel c : Channel.values()) {
            channels.add(Optional.of(c));
        }
        channel.setItems(channels);
        channel.setItemLabelGenerator(c -> c.map(x -> Labels.of(x.vietnamese(), x.english()))
                .orElse(getTranslation("figures.channel.all")));
        channel.setValue(Optional.empty());
        FormLayout head = new FormLayout(unit, from, to, channel);

        FormLayout grid = new FormLayout();
        grid.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        for (Field f : Field.values()) {
            String key = "figures.count." + f.name().toLowerCase(Locale.ROOT).replace('_', '-');
            TextField value = new TextField(getTranslation(key));
            value.setId("count-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            value.setAllowedCharPattern("[0-9.]");
            value.setMaxLength(15);
            Checkbox missing = new Checkbox(getTranslation("figures.not-reported"));
            missing.setId("missing-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            missing.setValue(true); // a figure no one typed is not reported, never 0
            value.setEnabled(false);
            missing.addValueChangeListener(e -> {
                value.setEnabled(!e.getValue());
                if (e.getValue()) {
                    value.clear();
                    value.setInvalid(false);
                }
            });
            counts.put(f, value);
            notReported.put(f, missing);
            VerticalLayout cell = new VerticalLayout(value, missing);
            cell.setPadding(false);
            cell.setSpacing(false);
            grid.add(cell);
        }
        statement.setLabel(getTranslation("figures.statement"));
        statement.setWidthFull();
        statement.setMaxLength(4000);
        errors.setId("figures-errors");
        Div errorBox = new Div(errors);
        errorBox.addClassName("form-errors");
        errorBox.getElement().setAttribute("role", "alert");
        root.add(head, grid, statement, errorBox);
    }

    /** The figures as entered, or empty with every problem listed (field-named) on the form. */
    Optional<HandlingFigures> read() {
        errors.removeAll();
        counts.values().forEach(f -> f.setInvalid(false));
        List<String> problems = new ArrayList<>();
        Map<Field, Count> values = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            TextField field = counts.get(f);
            if (notReported.get(f).getValue()) {
                values.put(f, Count.notReported());
                continue;
            }
            String digits = field.getValue().replace(".", "").strip();
            if (!digits.matches("\\d{1,12}")) {
                String msg = getTranslation("figures.count.invalid", field.getLabel());
                field.setErrorMessage(msg);
                field.setInvalid(true);
                problems.add(msg);
                continue;
            }
            values.put(f, Count.of(Long.parseLong(digits)));
        }
        if (unit.getValue() == null) {
            problems.add(getTranslation("figures.unit.required"));
            unit.setInvalid(true);
        }
        Period period = null;
        try {
            period = Period.of(from.getValue(), to.getValue());
        } catch (DomainRuleViolation v) {
            problems.add(Labels.of(v.reason()));
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(new ListItem(p)));
            return Optional.empty();
        }
        try {
            return Optional.of(new HandlingFigures(unit.getValue().id(), period, null, channel.getValue().orElse(null),
                    FiguresSource.SELF_REPORTED, values.get(Field.RECEIVED), values.get(Field.CARRIED_OVER),
                    values.get(Field.RECEIVED_ONLINE), values.get(Field.RECEIVED_POSTAL), values.get(Field.RESOLVED),
                    values.get(Field.EARLY), values.get(Field.ON_TIME), values.get(Field.WITHIN_DEADLINE),
                    values.get(Field.LATE), values.get(Field.IN_PROGRESS_WITHIN), values.get(Field.IN_PROGRESS_OVERDUE),
                    values.get(Field.WITHDRAWN), null, statement.getValue(), null));
        } catch (FiguresInconsistent e) {
            e.violations().forEach(r -> errors.add(new ListItem(Labels.of(r))));
        } catch (DomainRuleViolation e) {
            errors.add(new ListItem(Labels.of(e.reason())));
        }
        return Optional.empty();
    }

    void showRefusal(Reason reason) {
        errors.add(new ListItem(Labels.of(reason)));
    }

    List<String> errorTexts() {
        return errors.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }

    /**
     * Shows figures as they stand, for a correction: which figures they are (unit, period, channel) is fixed, only
     * their values can change.
     */
    void fill(HandlingFigures f) {
        unit.getListDataView().getItems().filter(u -> u.id().equals(f.unit())).findFirst().ifPresent(unit::setValue);
        from.setValue(f.period().from());
        to.setValue(f.period().to());
        channel.setValue(Optional.ofNullable(f.channel()));
        List<Count> values = List.of(f.received(), f.carriedOver(), f.receivedOnline(), f.receivedPostal(), f.resolved(),
                f.early(), f.onTime(), f.withinDeadline(), f.late(), f.inProgressWithinDeadline(), f.inProgressOverdue(),
                f.withdrawn());
        for (Field field : Field.values()) {
            if (values.get(field.ordinal()) instanceof Count.Reported(long v)) {
                set(field, v);
            }
        }
        statement.setValue(f.statement() == null ? "" : f.statement());
        unit.setReadOnly(true);
        from.setReadOnly(true);
        to.setReadOnly(true);
        channel.setReadOnly(true);
    }

    /** Fills one count, unticking its "not reported" box (used by tests and by editing). */
    void set(Field f, long value) {
        notReported.get(f).setValue(false);
        counts.get(f).setValue(Long.toString(value));
    }

}
