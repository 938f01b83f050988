package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.UploadTexts;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.round.port.in.UnitReportsUseCase;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.HandInCommand;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.SetDueDateCommand;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.UnitReportLine;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.EvidenceFile;
import vn.giamsat.domain.round.UnitReportStanding;
import vn.giamsat.domain.round.UnitReportVersion;

/**
 * Units' reports (issue 19.2, decision 048): per supervised unit the reader may see, its due date, whether it reported
 * and on which day, on time or late, not yet or overdue, and what a version handed in after the due date changed.
 * A unit's officer hands in the report (a file; the figures entered or imported on the "Số liệu" tab are kept with
 * it); the council office sets due dates. The labels of this tab are read by the browser walk-through: keep them.
 */
final class UnitReportsSection extends Section {
    private final UnitReportsUseCase reports;

    UnitReportsSection(RoundContext ctx, UnitReportsUseCase reports) {
        super(ctx);
        this.reports = reports;
        UnitReportsUseCase.UnitReportsOverview overview = reports.overview(ctx.round().id());
        add(heading("unit-reports.title"), new Paragraph(getTranslation("unit-reports.help")));

        Grid<UnitReportLine> grid = grid(UnitReportLine.class);
        grid.setId("unit-reports-grid");
        // Fixed widths but the unit and the changes, which wrap: a long change list must not squeeze the dates.
        grid.addColumn(l -> ctx.unitName(l.standing().unit())).setHeader(getTranslation("unit-reports.unit"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(this::due).setHeader(getTranslation("unit-reports.due")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(l -> state(l.standing())).setHeader(getTranslation("unit-reports.state")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(l -> l.standing().first().map(v -> RoundDetailView.DATE.format(v.handedInOn())).orElse("–"))
                .setHeader(getTranslation("unit-reports.reported-on")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(l -> l.standing().latest().map(v -> v.number() + " (" + RoundDetailView.DATE.format(v.handedInOn())
                + ")").orElse("–")).setHeader(getTranslation("unit-reports.versions")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(this::changed).setHeader(getTranslation("unit-reports.changed")).setWidth("16rem").setFlexGrow(3);
        grid.setItems(overview.lines());
        grid.setEmptyStateText(getTranslation("unit-reports.empty"));
        add(grid);

        // Actions beside the grid, not in it: a grid renders its cells lazily (as the documents tab does).
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setId("unit-reports-actions");
        for (UnitReportLine line : overview.lines()) {
            String code = code(line);
            if (line.mayHandIn()) {
                Button handIn = new Button(getTranslation("unit-reports.hand-in", ctx.unitName(line.standing().unit())),
                        e -> openHandIn(line));
                handIn.setId("unit-reports-hand-in-" + code);
                handIn.addThemeVariants(ButtonVariant.PRIMARY);
                actions.add(handIn);
            }
            line.standing().latest().ifPresent(v -> actions.add(download(v, code)));
        }
        add(actions);
        if (overview.maySetDueDates()) {
            dueDateForm();
        }
    }

    private String code(UnitReportLine line) {
        return ctx.unitsById().containsKey(line.standing().unit())
                ? ctx.unitsById().get(line.standing().unit()).code() : line.standing().unit().value().toString();
    }

    private String due(UnitReportLine l) {
        return l.standing().due().map(d -> RoundDetailView.DATE.format(d)
                + (l.dueSet() ? "" : " " + getTranslation("unit-reports.due.lead-time")))
                .orElse(getTranslation("unit-reports.due.none"));
    }

    private static String state(UnitReportStanding s) {
        return Labels.of(s.state().vietnamese(), s.state().english());
    }

    private String changed(UnitReportLine l) {
        if (!l.standing().changedAfterDueDate()) {
            return "–";
        }
        boolean vi = !Languages.isEnglish(Labels.locale());
        List<String> changes = l.standing().changedAfterDue().stream().map(c -> c.text(vi)).toList();
        return getTranslation("unit-reports.changed.yes", l.standing().latest().orElseThrow().number(),
                changes.isEmpty() ? getTranslation("unit-reports.changed.nothing") : String.join("; ", changes));
    }

    private Anchor download(UnitReportVersion v, String code) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = reports.file(ctx.round().id(), v.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), getTranslation("unit-reports.download", ctx.unitName(v.unit()), v.number()));
        a.setId("unit-reports-download-" + code);
        a.setDownload(true);
        return a;
    }

    /** The officer's hand-in: choose the file (streamed, 10 MB), a note, then "Nộp". */
    private void openHandIn(UnitReportLine line) {
        Dialog dialog = new Dialog();
        dialog.setId("unit-reports-dialog");
        dialog.setHeaderTitle(getTranslation("unit-reports.hand-in", ctx.unitName(line.standing().unit())));
        dialog.setWidth("min(95vw, 40rem)");
        long rows = ctx.services().admin().figuresOfRound(ctx.round().id()).stream()
                .filter(f -> f.unit().equals(line.standing().unit())).count();
        Paragraph figures = new Paragraph(rows == 0 ? getTranslation("unit-reports.figures.none")
                : getTranslation("unit-reports.figures", rows));
        figures.setId("unit-reports-figures");
        Span received = new Span();
        received.setId("unit-reports-file");
        ReceivedReport file = new ReceivedReport();
        Upload upload = new Upload(new BoundedUpload(EvidenceFile.MAX_BYTES,
                () -> mayHandIn(line),
                f -> {
                    file.name = f.name();
                    file.bytes = f.bytes();
                    received.setText(getTranslation("unit-reports.file.received", f.name()));
                }, received::setText));
        upload.setId("unit-reports-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EvidenceFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
        UploadTexts.apply(upload, "unit-reports.file.choose");
        upload.setDropLabel(new Span(getTranslation("unit-reports.file.drop")));
        TextArea note = new TextArea(getTranslation("unit-reports.note"));
        note.setId("unit-reports-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Button submit = new Button(getTranslation("unit-reports.submit"), e -> {
            if (file.bytes == null) {
                received.setText(getTranslation("unit-reports.file.missing"));
                return;
            }
            try {
                UnitReportVersion v = reports.handIn(new HandInCommand(ctx.round().id(), line.standing().unit(),
                        file.name, file.bytes, note.getValue()));
                dialog.close();
                Notices.success(getTranslation("unit-reports.handed-in", v.number()));
                ctx.reload().run();
            } catch (DomainRuleViolation v) {
                Notices.refused(Labels.of(v.reason()));
            }
        });
        submit.setId("unit-reports-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new Div(figures, upload, received, note));
        dialog.getFooter().add(cancel, submit);
        dialog.open();
    }

    /** Asked again when the file arrives: whoever sends it must still be allowed to, now. */
    private boolean mayHandIn(UnitReportLine line) {
        try {
            return reports.overview(ctx.round().id()).lines().stream()
                    .anyMatch(l -> l.standing().unit().equals(line.standing().unit()) && l.mayHandIn());
        } catch (DomainRuleViolation refused) {
            return false;
        }
    }

    private void dueDateForm() {
        Select<UnitOption> unit = new Select<>();
        unit.setId("unit-reports-due-unit");
        unit.setLabel(getTranslation("unit-reports.unit"));
        unit.setItems(ctx.scope());
        unit.setItemLabelGenerator(u -> u == null ? "" : u.displayName());
        DatePicker due = new DatePicker(getTranslation("unit-reports.due"));
        due.setId("unit-reports-due-date");
        Button save = new Button(getTranslation("unit-reports.set-due"), e -> {
            if (unit.getValue() == null || due.getValue() == null) {
                due.setErrorMessage(getTranslation("unit-reports.due.required"));
                due.setInvalid(true);
                return;
            }
            submit(due, () -> reports.setDueDate(new SetDueDateCommand(ctx.round().id(), unit.getValue().id(),
                    due.getValue())), "unit-reports.due-saved");
        });
        save.setId("unit-reports-set-due");
        add(heading("unit-reports.set-due.title"), new FormLayout(unit, due), save);
    }

    /** The file received in the dialog until "Nộp" (the dialog lives in one UI, so one at a time). */
    private static final class ReceivedReport implements java.io.Serializable {
        String name;
        byte[] bytes;
    }
}
