package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.port.in.RecordConclusionUseCase;
import vn.giamsat.application.round.port.in.RecordConclusionUseCase.ConcludeRoundCommand;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.Adoption;
import vn.giamsat.domain.round.ConclusionKind;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.RoundStatus;

/**
 * The council's resolution or conclusion on the supervision results (issue 19.3): recorded once the head approved
 * the delegation's report, with the recommendations it adopts; the others stay listed, marked not adopted.
 */
final class ConclusionSection extends Section {
    private final RecordConclusionUseCase conclusions;

    ConclusionSection(RoundContext ctx, RecordConclusionUseCase conclusions) {
        super(ctx);
        this.conclusions = conclusions;
        add(heading("conclusion.title"));
        ctx.round().conclusion().ifPresentOrElse(this::show, this::formOrWhyNot);
    }

    private void show(CouncilConclusion c) {
        Paragraph citation = new Paragraph(c.citation());
        citation.setId("conclusion-citation");
        Paragraph text = new Paragraph(c.text());
        text.setId("conclusion-text-shown");
        Paragraph decisions = new Paragraph(c.decisions());
        decisions.setId("conclusion-decisions-shown");
        add(citation, text, new Span(getTranslation("conclusion.decisions")), decisions);
        Grid<Recommendation> grid = grid(Recommendation.class);
        grid.setId("conclusion-recommendations");
        grid.addColumn(Recommendation::addressee).setHeader(getTranslation("recommendations.addressee"))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(Recommendation::text).setHeader(getTranslation("recommendations.text")).setFlexGrow(1);
        grid.addComponentColumn(this::adoption).setHeader(getTranslation("conclusion.adoption"))
                .setWidth("16rem").setFlexGrow(0);
        grid.setItems(ctx.round().recommendations());
        add(grid);
    }

    private Span adoption(Recommendation r) {
        Adoption a = r.adoption();
        Span s = new Span(Labels.of(a.vietnamese(), a.english()));
        s.getElement().getThemeList().add(a == Adoption.ADOPTED ? "badge success" : a == Adoption.NOT_ADOPTED
                ? "badge contrast" : "badge");
        return s;
    }

    private void formOrWhyNot() {
        RoundStatus status = ctx.round().status();
        if (ctx.round().approval().isEmpty() || !(status == RoundStatus.REPORTED || status == RoundStatus.PUBLISHED)) {
            Paragraph why = new Paragraph(getTranslation("conclusion.not-yet"));
            why.setId("conclusion-not-yet");
            add(why);
            return;
        }
        Select<ConclusionKind> kind = new Select<>();
        kind.setId("conclusion-kind");
        kind.setLabel(getTranslation("conclusion.kind"));
        kind.setItems(ConclusionKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(k.vietnamese(), k.english()));
        kind.setValue(ConclusionKind.RESOLUTION);
        TextField number = new TextField(getTranslation("conclusion.number"));
        number.setId("conclusion-number");
        number.setHelperText(getTranslation("conclusion.number.help"));
        DatePicker date = new DatePicker(getTranslation("conclusion.date"));
        date.setId("conclusion-date");
        TextArea text = new TextArea(getTranslation("conclusion.text"));
        text.setId("conclusion-text");
        text.setMaxLength(8000);
        TextArea decisions = new TextArea(getTranslation("conclusion.decisions"));
        decisions.setId("conclusion-decisions");
        decisions.setMaxLength(8000);
        CheckboxGroup<Recommendation> adopted = new CheckboxGroup<>(getTranslation("conclusion.adopted"));
        adopted.setId("conclusion-adopted");
        adopted.setItems(ctx.round().recommendations());
        adopted.setItemLabelGenerator(r -> r.addressee() + ": " + r.text());
        adopted.setHelperText(getTranslation("conclusion.adopted.help"));
        Button save = new Button(getTranslation("conclusion.save"), e -> submit(
                (Reason reason) -> fieldOf(reason, number, date, text, decisions),
                () -> conclusions.conclude(new ConcludeRoundCommand(ctx.round().id(),
                        new CouncilConclusion(kind.getValue(), number.getValue(), date.getValue(), text.getValue(),
                                decisions.getValue()),
                        adopted.getValue().stream().map(Recommendation::id).collect(Collectors.toSet()))),
                "conclusion.saved"));
        save.setId("conclusion-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(kind, number, date, text, decisions, adopted);
        form.setColspan(text, 2);
        form.setColspan(decisions, 2);
        form.setColspan(adopted, 2);
        add(form, save);
    }

    /** The field a refusal is about, so it shows beside it; none (a notification) otherwise. */
    private static HasValidation fieldOf(Reason reason, TextField number, DatePicker date, TextArea text,
                                         TextArea decisions) {
        String code = reason.code(); // "required.text", "too-long.decisions", or the rule's own code
        String field = code.substring(code.indexOf('.') + 1);
        return switch (code.startsWith("conclusion.") ? "document-number" : field) {
            case "document-number" -> number;
            case "date-of-issue", "conclusion-date" -> date;
            case "text" -> text;
            case "decisions" -> decisions;
            default -> null;
        };
    }
}
