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
import java.math.BigDecimal;
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
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.figures.ReportedRate;

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
    /** A rate the unit reported without counts ("đạt 78%"); blank: none reported. Never derived from counts. */
    final TextField reportedRate = new TextField();
    private final UnorderedList errors = new UnorderedList();
    private final List<HandlingFigures> stored;

    FiguresForm(List<UnitOption> scope, Period roundPeriod) {
        this(scope, roundPeriod, List.of());
    }

    /**
     * @param stored the round's figures: choosing a unit, period and channel that already has figures fills the
     *               form with them, so saving again changes only what was edited (the reported rate stays)
     */
    FiguresForm(List<UnitOption> scope, Period roundPeriod, List<HandlingFigures> stored) {
        this.stored = List.copyOf(stored);
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
        reportedRate.setLabel(getTranslation("figures.reported-rate"));
        reportedRate.setHelperText(getTranslation("figures.reported-rate.help"));
        reportedRate.setId("figures-reported-rate");
        reportedRate.setAllowedCharPattern("[0-9.,%]");
        reportedRate.setMaxLength(8);
        unit.addValueChangeListener(e -> fillFromStored());
        from.addValueChangeListener(e -> fillFromStored());
        to.addValueChangeListener(e -> fillFromStored());
        channel.addValueChangeListener(e -> fillFromStored());
        statement.setLabel(getTranslation("figures.statement"));
        statement.setWidthFull();
        statement.setMaxLength(4000);
        errors.setId("figures-errors");
        Div errorBox = new Div(errors);
        errorBox.addClassName("form-errors");
        errorBox.getElement().setAttribute("role", "alert");
        root.add(head, grid, reportedRate, statement, errorBox);
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
        ReportedRate rate = null;
        reportedRate.setInvalid(false);
        String rateText = reportedRate.getValue().replace("%", "").replace(',', '.').strip();
        if (!rateText.isEmpty()) {
            try {
                rate = new ReportedRate(new BigDecimal(rateText));
            } catch (NumberFormatException | DomainRuleViolation e) {
                String msg = getTranslation("figures.reported-rate.invalid", reportedRate.getValue());
                reportedRate.setErrorMessage(msg);
                reportedRate.setInvalid(true);
                problems.add(msg);
            }
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
                    values.get(Field.WITHDRAWN), rate, statement.getValue(), null));
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
        reportedRate.setValue(f.reportedRate().map(r -> new Rate.ReportedOnly(r.percent())
                .percentTextAsReported(Locale.of("vi", "VN")).replace("%", "")).orElse(""));
        statement.setValue(f.statement() == null ? "" : f.statement());
        unit.setReadOnly(true);
        from.setReadOnly(true);
        to.setReadOnly(true);
        channel.setReadOnly(true);
    }

    /** When the chosen unit, period and channel already have figures, shows them, the reported rate included. */
    private void fillFromStored() {
        if (unit.getValue() == null || from.getValue() == null || to.getValue() == null || channel.getValue() == null) {
            return;
        }
        stored.stream().filter(f -> f.unit().equals(unit.getValue().id()) && f.procedure() == null
                        && f.period().from().equals(from.getValue()) && f.period().to().equals(to.getValue())
                        && java.util.Objects.equals(f.channel(), channel.getValue().orElse(null)))
                .findFirst().ifPresent(this::show);
    }

    private void show(HandlingFigures f) {
        Map<Field, Count> values = Map.ofEntries(Map.entry(Field.RECEIVED, f.received()),
                Map.entry(Field.CARRIED_OVER, f.carriedOver()), Map.entry(Field.RECEIVED_ONLINE, f.receivedOnline()),
                Map.entry(Field.RECEIVED_POSTAL, f.receivedPostal()), Map.entry(Field.RESOLVED, f.resolved()),
                Map.entry(Field.EARLY, f.early()), Map.entry(Field.ON_TIME, f.onTime()),
                Map.entry(Field.WITHIN_DEADLINE, f.withinDeadline()), Map.entry(Field.LATE, f.late()),
                Map.entry(Field.IN_PROGRESS_WITHIN, f.inProgressWithinDeadline()),
                Map.entry(Field.IN_PROGRESS_OVERDUE, f.inProgressOverdue()), Map.entry(Field.WITHDRAWN, f.withdrawn()));
        values.forEach((field, count) -> {
            if (count instanceof Count.Reported(long v)) {
                set(field, v);
            } else {
                notReported.get(field).setValue(true);
            }
        });
        // the rate as the unit gave it ("78", "78,5"): what is typed back is what was reported
        reportedRate.setValue(f.reportedRate().map(r -> new Rate.ReportedOnly(r.percent())
                .percentTextAsReported(Locale.of("vi", "VN")).replace("%", "")).orElse(""));
        statement.setValue(f.statementText().orElse(""));
    }

    /** Fills one count, unticking its "not reported" box (used by tests and by editing). */
    void set(Field f, long value) {
        notReported.get(f).setValue(false);
        counts.get(f).setValue(Long.toString(value));
    }

}
