package vn.giamsat.admin.imports.comparison;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;

/** One unit's computed figures split by procedure × intake channel, procedures named from the catalogue. */
final class ProcedureBreakdownDialog extends Dialog {

    ProcedureBreakdownDialog(ComparisonRow row, Period period, List<HandlingFigures> lines,
                             ProcedureCatalogQueries procedures,
                             vn.giamsat.application.dossier.model.LateByApology late) {
        setId("comparison-breakdown");
        setHeaderTitle(getTranslation("comparison.breakdown.title", row.label()));
        setWidth("min(95vw, 72rem)");
        Paragraph what = new Paragraph(getTranslation("comparison.breakdown.period", period.toVietnamese()));

        Map<ProcedureCode, String> names = new HashMap<>();
        Function<ProcedureCode, String> name = code -> code == null ? "" : names.computeIfAbsent(code,
                c -> procedures.procedure(c).map(Procedure::name).orElse(getTranslation("comparison.breakdown.unknown")));
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());

        Grid<HandlingFigures> grid = new Grid<>();
        grid.setId("comparison-breakdown-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(f -> f.procedure() == null ? "" : f.procedure().value())
                .setHeader(getTranslation("comparison.breakdown.code")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(f -> name.apply(f.procedure())).setHeader(getTranslation("comparison.breakdown.procedure"))
                .setWidth("12rem").setFlexGrow(3);
        grid.addColumn(f -> f.channel() == null ? "" : Labels.of(f.channel().vietnamese(), f.channel().english()))
                .setHeader(getTranslation("comparison.breakdown.channel")).setWidth("7rem").setFlexGrow(1);
        for (ComparedFigure f : List.of(ComparedFigure.RECEIVED, ComparedFigure.EARLY, ComparedFigure.ON_TIME,
                ComparedFigure.LATE, ComparedFigure.IN_PROGRESS_WITHIN, ComparedFigure.IN_PROGRESS_OVERDUE,
                ComparedFigure.WITHDRAWN)) {
            grid.addColumn(h -> f.of(h) instanceof Count.Reported(long v) ? n.format(v) : "")
                    .setHeader(Labels.of(f.vietnamese(), f.english())).setTextAlign(ColumnTextAlign.END)
                    .setWidth("6rem").setFlexGrow(0);
        }
        grid.setItems(lines);
        grid.setEmptyStateText(getTranslation("comparison.breakdown.empty"));
        grid.setAllRowsVisible(lines.size() <= 12);
        if (lines.size() > 12) {
            grid.setHeight("28rem");
        }

        Button close = new Button(getTranslation("comparison.breakdown.close"), e -> close());
        close.setId("comparison-breakdown-close");
        getFooter().add(close);
        // Late, with an apology slip and without (issue 16): unknown when an export had no slip columns.
        Paragraph apology = new Paragraph((String) (late.withApology() instanceof Count.Reported(long with)
                ? getTranslation("comparison.late-apology", n.format(late.late()), n.format(with),
                        n.format(late.late() - with))
                : getTranslation("comparison.late-apology.not-in-export", n.format(late.late()))));
        apology.setId("comparison-late-apology");
        add(what, apology, grid);
    }
}
