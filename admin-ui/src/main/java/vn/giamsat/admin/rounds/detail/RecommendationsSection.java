package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.giamsat.domain.round.RoundReasons;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.Counts;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFollowUpCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;

/**
 * Recommendations with addressee, due date and follow-up status; an "overdue only" filter; the follow-up of
 * the selected recommendation with its evidence (the document that shows it, e.g. a report's number).
 */
final class RecommendationsSection extends Section {

    RecommendationsSection(RoundContext ctx) {
        super(ctx);
        LocalDate today = ctx.services().today().date();
        Grid<Recommendation> grid = grid(Recommendation.class);
        grid.setId("recommendations-grid");
        grid.addColumn(Recommendation::addressee).setHeader(getTranslation("recommendations.addressee"))
                .setComparator(Recommendation::addressee).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(Recommendation::text).setHeader(getTranslation("recommendations.text")).setFlexGrow(1);
        grid.addColumn(r -> r.dueDate().map(RoundDetailView.DATE::format).orElse("–"))
                .setHeader(getTranslation("recommendations.due"))
                .setComparator(Comparator.comparing(r -> r.dueDate().orElse(LocalDate.MAX))).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(r -> status(r, today)).setHeader(getTranslation("recommendations.status"))
                .setComparator(Comparator.comparing(Recommendation::status)).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(r -> r.history().isEmpty() ? "–" : dash(r.history().getLast().evidence()))
                .setHeader(getTranslation("recommendations.evidence")).setWidth("10rem").setFlexGrow(0);
        Map<UUID, Counts> counts = ctx.services().evidence().counts(ctx.round().id());
        List<Recommendation> items = ctx.round().recommendations();
        grid.addComponentColumn(r -> evidenceButton(r, items.indexOf(r), counts.get(r.id())))
                .setHeader(getTranslation("evidence.files")).setWidth("11rem").setFlexGrow(0);
        GridListDataView<Recommendation> rows = grid.setItems(items);
        grid.setEmptyStateText(getTranslation("recommendations.empty"));
        Checkbox overdueOnly = new Checkbox(getTranslation("recommendations.overdue-only"));
        overdueOnly.setId("overdue-only");
        overdueOnly.addValueChangeListener(e -> rows.setFilter(e.getValue() ? r -> r.isOverdueOn(today) : null));

        add(heading("recommendations.title"), overdueOnly, grid);
        addForm();
        followUpForm(grid);
        add(new ProgressReportsPart(ctx, grid));
    }

    /**
     * Opens the recommendation's files and comments; the label says how many there are. No button where the user
     * may not see them (a commune officer, for a recommendation addressed elsewhere).
     */
    private com.vaadin.flow.component.Component evidenceButton(Recommendation r, int index, Counts c) {
        if (c == null) {
            return new Span("–");
        }
        Button open = new Button(getTranslation("evidence.open", c.files(), c.comments()),
                e -> new EvidenceDialog(ctx, r).open());
        open.setId("evidence-open-" + index);
        open.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.SMALL);
        open.getElement().setAttribute("aria-label", getTranslation("evidence.open.named", r.addressee(), c.files(),
                c.comments()));
        return open;
    }

    private Span status(Recommendation r, LocalDate today) {
        String text = Labels.of(r.status().vietnamese(), r.status().english());
        Span s = new Span(r.isOverdueOn(today) ? text + " · " + getTranslation("recommendations.overdue") : text);
        s.getElement().getThemeList().add(r.isOverdueOn(today) ? "badge error" : r.status().isSettled() ? "badge success" : "badge");
        return s;
    }

    private void addForm() {
        Select<UnitOption> unit = new Select<>();
        unit.setLabel(getTranslation("findings.unit"));
        unit.setItems(ctx.scope());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("findings.overall"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("findings.overall") : u.displayName());
        TextField addressee = new TextField(getTranslation("recommendations.addressee"));
        addressee.setId("recommendation-addressee");
        TextArea text = new TextArea(getTranslation("recommendations.text"));
        text.setId("recommendation-text");
        DatePicker due = new DatePicker(getTranslation("recommendations.due"));
        due.setLocale(Locale.of("vi", "VN"));
        Button add = new Button(getTranslation("recommendations.add"), e -> submit(
                reason -> RoundReasons.ADDRESSEE.isAbout(reason.code()) ? addressee
                        : reason.code().equals(RoundReasons.UNIT_OUT_OF_SCOPE) ? unit : text,
                () -> ctx.services().findings().recommend(new RecommendCommand(ctx.round().id(),
                        unit.getValue() == null ? null : unit.getValue().id(), addressee.getValue(), text.getValue(),
                        due.getValue())),
                "recommendations.added"));
        add.setId("recommendation-add");
        FormLayout form = new FormLayout(unit, addressee, due, text, add);
        form.setColspan(text, 2);
        form.setVisible(ctx.round().status().allowsFindingChanges());
        add(form);
    }

    private void followUpForm(Grid<Recommendation> grid) {
        Select<FollowUpStatus> status = new Select<>();
        status.setLabel(getTranslation("recommendations.follow-up.status"));
        status.setItemLabelGenerator(s -> Labels.of(s.vietnamese(), s.english()));
        status.setId("follow-up-status");
        DatePicker date = new DatePicker(getTranslation("recommendations.follow-up.date"));
        date.setLocale(Locale.of("vi", "VN"));
        date.setValue(ctx.services().today().date());
        TextField evidence = new TextField(getTranslation("recommendations.evidence"));
        evidence.setId("follow-up-evidence");
        TextArea note = new TextArea(getTranslation("recommendations.follow-up.note"));
        Button save = new Button(getTranslation("recommendations.follow-up.save"), e -> submit(
                reason -> RoundReasons.FOLLOW_UP_DATE.isAbout(reason.code())
                        || reason.code().equals(RoundReasons.FOLLOW_UP_BEFORE_PREVIOUS) ? date : status,
                () -> {
                    Recommendation r = grid.asSingleSelect().getValue();
                    if (r == null || status.getValue() == null) {
                        throw new DomainRuleViolation(Reason.of(RoundReasons.FOLLOW_UP.required(),
                                "Hãy chọn một kiến nghị trong bảng và trạng thái mới.",
                                "Select a recommendation in the table and its new status."));
                    }
                    ctx.services().findings().recordFollowUp(new RecordFollowUpCommand(ctx.round().id(), r.id(),
                            new FollowUp(date.getValue(), status.getValue(), note.getValue(), evidence.getValue())));
                },
                "recommendations.follow-up.saved"));
        save.setId("follow-up-save");
        grid.asSingleSelect().addValueChangeListener(e -> {
            status.setItems(e.getValue() == null ? java.util.List.of() : e.getValue().status().next().stream()
                    .sorted().toList());
        });
        FormLayout form = new FormLayout(status, date, evidence, note, save);
        var roundStatus = ctx.round().status();
        form.setVisible(roundStatus == vn.giamsat.domain.round.RoundStatus.REPORTED
                || roundStatus == vn.giamsat.domain.round.RoundStatus.PUBLISHED);
        add(heading("recommendations.follow-up.title"), form);
        if (!form.isVisible()) {
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("recommendations.follow-up.later")));
        }
    }
}
