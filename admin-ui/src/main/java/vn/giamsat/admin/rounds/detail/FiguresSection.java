package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.UploadTexts;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase.ImportFiguresCommand;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase.ImportOutcome;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase.RowError;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;

/** The figures reported to the round, entry of one set by hand, and import of a whole file (all or nothing). */
final class FiguresSection extends Section {
    /** A figures sheet has a row per unit and period: 5 MB is thousands of rows. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private final Grid<RowError> importErrors = grid(RowError.class);
    private final Paragraph importResult = new Paragraph();
    private final ProgressBar progress = new ProgressBar();

    FiguresSection(RoundContext ctx) {
        super(ctx);
        List<HandlingFigures> figures = ctx.services().admin().figuresOfRound(ctx.round().id());
        Grid<HandlingFigures> grid = grid(HandlingFigures.class);
        grid.setId("figures-grid");
        grid.addColumn(f -> ctx.unitName(f.unit())).setHeader(getTranslation("figures.unit"))
                .setComparator(f -> ctx.unitName(f.unit())).setFlexGrow(2);
        grid.addColumn(f -> f.period().toVietnamese()).setHeader(getTranslation("figures.period"))
                .setComparator(HandlingFigures::period).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(f -> f.channel() == null ? getTranslation("figures.channel.all")
                : Labels.of(f.channel().vietnamese(), f.channel().english())).setHeader(getTranslation("figures.channel"));
        count(grid, "figures.count.received", HandlingFigures::received);
        count(grid, "figures.count.early", HandlingFigures::early);
        count(grid, "figures.count.on-time", HandlingFigures::onTime);
        count(grid, "figures.count.within-deadline", HandlingFigures::withinDeadlineTotal);
        count(grid, "figures.count.late", HandlingFigures::late);
        count(grid, "figures.count.received-online", HandlingFigures::receivedOnline);
        grid.addColumn(f -> FiguresText.rate(Indicators.of(f).onTimeRate()))
                .setHeader(getTranslation("figures.on-time-rate")).setTextAlign(ColumnTextAlign.END);
        // From the report on the figures are frozen (issue 14.3): read only, changed by a reviewed correction.
        boolean frozen = ctx.round().status().freezesFigures();
        FiguresCorrections corrections = frozen ? new FiguresCorrections(ctx) : null;
        if (frozen) {
            grid.addComponentColumn(corrections::proposeButton).setHeader(getTranslation("figures.correct"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(figures);
        grid.setEmptyStateText(getTranslation("figures.empty"));

        Button enter = new Button(getTranslation("figures.enter"), e -> openForm());
        enter.setId("figures-enter");
        enter.addThemeVariants(ButtonVariant.PRIMARY);
        enter.setEnabled(!ctx.round().scope().isEmpty());
        if (frozen) {
            Paragraph note = new Paragraph(getTranslation("figures.frozen",
                    Labels.of(ctx.round().status().vietnamese(), ctx.round().status().english())));
            note.setId("figures-frozen");
            add(heading("figures.title"), note, grid, corrections);
            return;
        }
        add(heading("figures.title"), grid, enter);
        importBlock();
    }

    private void count(Grid<HandlingFigures> grid, String key, Function<HandlingFigures, Count> value) {
        grid.addColumn(f -> display(value.apply(f))).setHeader(getTranslation(key)).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(f -> value.apply(f).orNull(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private String display(Count c) {
        return c.isReported() ? FiguresText.count(c) : getTranslation("figures.not-reported");
    }

    private void openForm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("figures.enter"));
        dialog.setWidth("min(95vw, 64rem)");
        FiguresForm form = new FiguresForm(ctx.scope(), ctx.round().period(),
                ctx.services().admin().figuresOfRound(ctx.round().id()));
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> form.read().ifPresent(f -> {
            try {
                ctx.services().figures().record(new RecordFiguresCommand(f, ctx.round().id()));
            } catch (DomainRuleViolation v) {
                form.showRefusal(v.reason());
                return;
            }
            dialog.close();
            Notices.success(getTranslation("figures.saved"));
            ctx.reload().run();
        }));
        save.setId("figures-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void importBlock() {
        // Streamed to a temporary file and cut off past the limit while read (issue 14, item 7); the callback runs
        // through UI.access, so the import may update the page directly. The use case checks who may import first.
        Upload upload = new Upload(new BoundedUpload(MAX_FILE_BYTES, () -> true,
                file -> runImport(file.name(), file.bytes()), importResult::setText));
        upload.setId("figures-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        UploadTexts.apply(upload, "upload.choose");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("figures.import.drop")));
        upload.addFileRejectedListener(e -> Notices.refused(getTranslation("figures.import.rejected")));
        progress.setIndeterminate(true);
        progress.setVisible(false);

        importErrors.setId("import-errors");
        importErrors.addColumn(RowError::line).setHeader(getTranslation("figures.import.line"))
                .setComparator(RowError::line).setWidth("6rem").setFlexGrow(0);
        importErrors.addColumn(r -> Labels.of(r.reason())).setHeader(getTranslation("figures.import.error"));
        importErrors.setVisible(false);
        importResult.setId("import-result");

        HorizontalLayout templates = new HorizontalLayout(template(SheetFormat.XLSX), template(SheetFormat.CSV));
        add(heading("figures.import.title"), new Paragraph(getTranslation("figures.import.help")), templates, upload,
                progress, importResult, importErrors);
        upload.setEnabled(!ctx.round().scope().isEmpty());
    }

    private Anchor template(SheetFormat format) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = ctx.services().figuresImport().template(format);
            return new DownloadResponse(new ByteArrayInputStream(file), "mau-so-lieu." + format.extension(),
                    format.mediaType(), file.length);
        }), getTranslation("figures.import.template", format.extension().toUpperCase(java.util.Locale.ROOT)));
        a.setId("template-" + format.extension());
        a.setDownload(true);
        return a;
    }

    private void runImport(String uploadedName, byte[] uploaded) {
        progress.setVisible(true);
        importErrors.setVisible(false);
        ImportOutcome outcome;
        try {
            outcome = ctx.services().figuresImport().importFile(
                    new ImportFiguresCommand(ctx.round().id(), uploadedName, uploaded));
        } catch (DomainRuleViolation v) {
            progress.setVisible(false);
            importResult.setText(Labels.of(v.reason()));
            return;
        }
        progress.setVisible(false);
        if (outcome.succeeded()) {
            Notices.success(getTranslation("figures.import.done", outcome.imported()));
            ctx.reload().run();
        } else {
            importResult.setText(getTranslation("figures.import.failed", outcome.rows(), outcome.errors().size()));
            importErrors.setItems(outcome.errors());
            importErrors.setVisible(true);
        }
    }
}
