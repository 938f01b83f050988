package vn.giamsat.admin.imports.comparison;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Records the figures counted from dossiers, as the comparison shows them, in the round whose page opened it (issue
 * 18, decision 052): the only way figures carrying the count of digitized results (indicator 5a) reach a round from
 * the admin UI. Offered to the council's staff while the round takes figures; {@link RecordFiguresUseCase} checks
 * each unit again (jurisdiction, scope, frozen figures) and records them all or none, so a refusal it gives is shown
 * and nothing is stored. The figures are recorded as computed: a count the dossiers do not give stays not reported, never 0.
 */
final class TakeComputedFigures extends HorizontalLayout {
    /** One unit's computed figures to record, and whether they replace figures of the same source in the round. */
    record Line(ComparisonRow row, HandlingFigures figures, boolean replaces) {}

    private final RoundQueries rounds;
    private final RecordFiguresUseCase record;
    private final RoundContextQueries admin;
    private final boolean mayRecord;
    private final Runnable refresh;

    final Button button = new Button();
    private final Paragraph note = new Paragraph();
    private RoundDetails round;
    private List<ComparisonRow> rows = List.of();
    private Period period;

    TakeComputedFigures(RoundQueries rounds, RecordFiguresUseCase record, RoundContextQueries admin, boolean mayRecord,
                        Runnable refresh) {
        this.rounds = rounds;
        this.record = record;
        this.admin = admin;
        this.mayRecord = mayRecord;
        this.refresh = refresh;
        setId("comparison-take-block");
        setWrap(true);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        button.setId("comparison-take");
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClickListener(e -> openDialog());
        note.setId("comparison-take-note");
        add(button, note);
        setVisible(false);
    }

    /** The round of the link, if this user may record figures in it; any other id offers nothing. */
    void forRound(String id) {
        round = null;
        if (id == null || !mayRecord) {
            return;
        }
        try {
            round = rounds.round(RoundId.of(id));
        } catch (IllegalArgumentException | DomainRuleViolation notOffered) {
            // Another council's round, or none: the page stays a comparison only.
            round = null;
        }
    }

    /** Shows the action for the rows read for a period; nothing when no round or no row. */
    void show(List<ComparisonRow> rows, Period period) {
        this.rows = rows;
        this.period = period;
        if (round == null || period == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        String resolution = round.resolution().number().value();
        if (round.status().freezesFigures()) {
            // From the report on, only a reviewed correction changes the round's figures (issue 14.3).
            button.setVisible(false);
            note.setText(getTranslation("comparison.take.frozen", resolution,
                    Labels.of(round.status().vietnamese(), round.status().english())));
            return;
        }
        button.setText(getTranslation("comparison.take"));
        List<Line> lines = lines();
        button.setVisible(!lines.isEmpty());
        note.setText(lines.isEmpty() ? getTranslation("comparison.take.none", resolution)
                : getTranslation("comparison.take.note", resolution, lines.size()));
    }

    /** The units of the round's scope with computed figures in the rows, and whether the round already holds some. */
    List<Line> lines() {
        Set<UnitId> scope = new HashSet<>(round.scopeInOrder());
        List<HandlingFigures> held = admin.figuresOfRound(round.id());
        return rows.stream().filter(r -> scope.contains(r.comparison().unit()))
                .filter(r -> r.comparison().computed().isPresent())
                .map(r -> {
                    HandlingFigures f = r.comparison().computed().get();
                    boolean replaces = held.stream().anyMatch(h -> h.source() == FiguresSource.COMPUTED_FROM_DOSSIERS
                            && h.unit().equals(f.unit()) && h.period().equals(f.period()) && h.procedure() == null
                            && h.channel() == null);
                    return new Line(r, f, replaces);
                }).toList();
    }

    private long outsideScope() {
        Set<UnitId> scope = new HashSet<>(round.scopeInOrder());
        return rows.stream().filter(r -> r.comparison().computed().isPresent())
                .filter(r -> !scope.contains(r.comparison().unit())).count();
    }

    private void openDialog() {
        // Read again: what the dialog lists is what is recorded, with dossiers imported since the page was drawn.
        refresh.run();
        if (round == null || period == null) {
            return;
        }
        List<Line> lines = lines();
        if (lines.isEmpty() || round.status().freezesFigures()) {
            return; // the note beside the button says why
        }
        String resolution = round.resolution().number().value();
        Dialog dialog = new Dialog();
        dialog.setId("comparison-take-dialog");
        dialog.setHeaderTitle(getTranslation("comparison.take.title", resolution));
        dialog.setWidth("min(95vw, 60rem)");
        long replacing = lines.stream().filter(Line::replaces).count();
        Paragraph what = new Paragraph(getTranslation("comparison.take.what", period.toVietnamese(), lines.size()));
        what.setId("comparison-take-what");
        Paragraph replaces = new Paragraph(replacing == 0 ? getTranslation("comparison.take.replaces.none")
                : getTranslation("comparison.take.replaces", replacing));
        replaces.setId("comparison-take-replaces");
        Paragraph kept = new Paragraph(getTranslation("comparison.take.kept"));
        long outside = outsideScope();
        Paragraph outsideText = new Paragraph(getTranslation("comparison.take.outside", outside));
        outsideText.setVisible(outside > 0);
        Grid<Line> grid = new Grid<>();
        grid.setId("comparison-take-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> l.row().label()).setHeader(getTranslation("comparison.column.unit")).setFlexGrow(2);
        grid.addColumn(l -> count(l.figures().received())).setHeader(getTranslation("comparison.take.received"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> count(l.figures().resolvedTotal())).setHeader(getTranslation("comparison.take.resolved"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> count(l.figures().late())).setHeader(getTranslation("comparison.take.late"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> count(l.figures().resultsDigitized()))
                .setHeader(getTranslation("comparison.take.digitized")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> getTranslation(l.replaces() ? "comparison.take.replace" : "comparison.take.new"))
                .setHeader(getTranslation("comparison.take.action"));
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 12);
        Paragraph refusal = new Paragraph();
        refusal.setId("comparison-take-refusal");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        VerticalLayout body = new VerticalLayout(what, replaces, kept, outsideText, grid, refusal);
        body.setPadding(false);
        dialog.add(body);
        Button confirm = new Button(getTranslation("comparison.take.confirm"));
        confirm.setId("comparison-take-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            try {
                // All or nothing: a refusal of one unit leaves the round as it was.
                record.recordAll(lines.stream().map(l -> new RecordFiguresCommand(l.figures(), round.id())).toList());
            } catch (DomainRuleViolation refused) {
                refusal.setText(getTranslation("comparison.take.refused", Labels.of(refused.reason())));
                refusal.setVisible(true);
                confirm.setEnabled(false);
                return;
            }
            dialog.close();
            Notices.success(getTranslation("comparison.take.done", lines.size(), resolution));
            refresh.run();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("comparison-take-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private String count(Count c) {
        return c.isReported() ? FiguresText.count(c) : getTranslation("comparison.take.not-reported");
    }

    /** The round the action records into; empty when none is offered. */
    Optional<RoundDetails> round() {
        return Optional.ofNullable(round);
    }
}
