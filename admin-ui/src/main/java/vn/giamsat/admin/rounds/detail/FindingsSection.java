package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import vn.giamsat.domain.round.RoundReasons;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.FindingKind;

/** Findings per unit and overall: strengths, limitations, causes. */
final class FindingsSection extends Section {

    FindingsSection(RoundContext ctx) {
        super(ctx);
        Grid<Finding> grid = grid(Finding.class);
        grid.setId("findings-grid");
        grid.addColumn(f -> f.aboutUnit().map(ctx::unitName).orElse(getTranslation("findings.overall")))
                .setHeader(getTranslation("findings.unit")).setComparator(f -> f.aboutUnit().map(ctx::unitName).orElse(""))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(f -> Labels.of(f.kind().vietnamese(), f.kind().english())).setHeader(getTranslation("findings.kind"))
                .setComparator(Comparator.comparing(Finding::kind)).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(Finding::text).setHeader(getTranslation("findings.text")).setFlexGrow(1);
        grid.setItems(ctx.round().findings());
        grid.setEmptyStateText(getTranslation("findings.empty"));

        Select<UnitOption> unit = new Select<>();
        unit.setId("finding-unit");
        unit.setLabel(getTranslation("findings.unit"));
        unit.setItems(ctx.scope());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("findings.overall"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("findings.overall") : u.displayName());
        Select<FindingKind> kind = new Select<>();
        kind.setId("finding-kind");
        kind.setLabel(getTranslation("findings.kind"));
        kind.setItems(FindingKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(k.vietnamese(), k.english()));
        kind.setValue(FindingKind.STRENGTH);
        TextArea text = new TextArea(getTranslation("findings.text"));
        text.setId("finding-text");
        text.setMaxLength(4000);
        Button add = new Button(getTranslation("findings.add"), e -> submit(
                reason -> RoundReasons.FINDING_KIND.isAbout(reason.code()) ? kind
                        : reason.code().equals(RoundReasons.UNIT_OUT_OF_SCOPE) ? unit : text,
                () -> ctx.services().findings().recordFinding(new RecordFindingCommand(ctx.round().id(),
                        unit.getValue() == null ? null : unit.getValue().id(), kind.getValue(), text.getValue())),
                "findings.added"));
        add.setId("finding-add");
        FormLayout form = new FormLayout(unit, kind, text, add);
        form.setColspan(text, 2);
        form.setVisible(ctx.round().status().allowsFindingChanges());
        add(heading("findings.title"), grid, form);
    }
}
