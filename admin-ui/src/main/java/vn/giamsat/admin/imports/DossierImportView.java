package vn.giamsat.admin.imports;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.UploadTexts;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportCouncil;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.model.RejectedRow;
import vn.giamsat.application.dossier.model.RejectionReport;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.domain.common.DomainRuleViolation;

/**
 * Dossier records of the one-stop system's exports (issue 7): upload a CSV or XLSX file under its export key; the
 * import runs on its own thread and the page polls for its progress (rows read, bytes of the file); "Hủy" stops it
 * and nothing is kept; then the counts, or every refused row with line, column and reason, and the report to
 * download. Below, the history of imports, a page at a time.
 */
@RolesAllowed({"COUNCIL_STAFF", "ADMIN"})
@Route(value = DossierImportView.ROUTE, layout = MainLayout.class)
public class DossierImportView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    public static final String ROUTE = "nhap-ho-so";
    private static final int POLL_MILLIS = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ImportDossiersUseCase imports;
    private final ImportThreads threads;

    private final H2 title = new H2();
    private final Paragraph help = new Paragraph();
    final TextField exportKey = new TextField();
    /** The council (địa bàn) the export belongs to: one of the user's jurisdiction units (issue 14). */
    final Select<ImportCouncil> council = new Select<>();
    private final Upload upload;
    private final String maxUploadText;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button();
    private final Paragraph outcome = new Paragraph();
    private final Grid<RejectedRow> rejections = new Grid<>();
    private final Paragraph rejectionsNote = new Paragraph();
    private final Anchor report = new Anchor();
    private final H3 historyTitle = new H3();
    private final Grid<ImportAttempt> history = new Grid<>();
    private final ListExport<ImportAttempt> historyExport = new ListExport<>(history, "lich-su-nhap");

    /** The import under way from this page, or null. */
    private Running running;

    private record Running(Cancellation cancellation, long fileBytes, File file) {}

    /**
     * @param maxUpload the largest export accepted ({@code giamsat.import.max-upload-size}, 1 GB unless set): a few
     *                  million rows of CSV; a larger upload is cut off while it is read (issue 14, item 7)
     */
    public DossierImportView(ImportDossiersUseCase imports, ImportThreads threads,
                             @Value("${giamsat.import.max-upload-size:1GB}") DataSize maxUpload) {
        this.imports = imports;
        this.threads = threads;
        setWidthFull();

        exportKey.setId("import-export-key");
        exportKey.setRequired(true);
        exportKey.setMaxLength(100);
        exportKey.setWidth("min(100%, 20rem)");

        council.setId("import-council");
        council.setItemLabelGenerator(c -> c.name() + " (" + c.code().value() + ")");
        List<ImportCouncil> councils = imports.councils();
        council.setItems(councils);
        if (!councils.isEmpty()) {
            council.setValue(councils.getFirst());
        }
        council.setEmptySelectionAllowed(false);
        council.setWidth("min(100%, 20rem)");

        // The file goes to a temporary file (a million rows do not belong in memory), cut off at the limit while it is
        // read; the callback runs in UI.access and keeps the file for the import's thread, which deletes it.
        // Who may import is the route's and the use case's check (before the file is read by either).
        BoundedUpload receiving = new BoundedUpload(maxUpload.toBytes(), () -> true,
                received -> uploaded(received.name(), received.keep().toFile()), this::uploadRefused);
        upload = new Upload(receiving);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, receiving.maxBytes()));
        maxUploadText = BoundedUpload.size(receiving.maxBytes());
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", "text/csv", "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> Notices.refused(getTranslation("import.file-refused", maxUploadText)));

        progress.setId("import-progress");
        progress.setMin(0);
        progress.setMax(1);
        progressText.setId("import-progress-text");
        cancel.setId("import-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.addClickListener(e -> cancelRunning());
        HorizontalLayout progressRow = new HorizontalLayout(progressText, cancel);
        progressRow.setAlignItems(Alignment.CENTER);
        showRunning(false);

        outcome.setId("import-outcome");
        rejections.setId("import-rejections");
        rejections.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rejections.setPageSize(50);
        rejections.setHeight("20rem");
        rejections.setVisible(false);
        rejectionsNote.setId("import-rejections-note");
        rejectionsNote.setVisible(false);
        report.setId("import-report");
        report.setDownload(true);
        report.setVisible(false);

        history.setId("import-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setPageSize(20);
        history.setHeight("24rem");
        // Paged: the grid asks for one page of the history at a time.
        history.setItems(DataProvider.fromCallbacks(
                q -> imports.history(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, imports.historySize())));

        add(title, help, council, exportKey, upload, progress, progressRow, outcome, rejectionsNote, rejections, report,
                historyTitle, historyExport, history);
    }

    private void uploadRefused(String message) {
        showOutcome(message);
        Notices.refused(message);
        upload.clearFileList();
    }

    /** Called (in UI.access) when the upload has been stored in a temporary file. */
    private void uploaded(String fileName, File file) {
        if (running != null) {
            delete(file);
            Notices.refused(getTranslation("import.busy"));
            return;
        }
        ImportDossiersCommand command;
        try {
            command = new ImportDossiersCommand(exportKey.getValue(), fileName, null,
                    () -> Files.newInputStream(file.toPath()), council.getValue() == null ? null : council.getValue().code());
        } catch (DomainRuleViolation v) {
            delete(file);
            if (v.reason().code().equals(ImportDossiersCommand.EXPORT_KEY_FORMAT) || exportKey.getValue().isBlank()) {
                exportKey.setInvalid(true);
                exportKey.setErrorMessage(Labels.of(v.reason()));
            }
            showOutcome(Labels.of(v.reason()));
            upload.clearFileList();
            return;
        }
        exportKey.setInvalid(false);
        start(command, file);
    }

    private void start(ImportDossiersCommand command, File file) {
        UI ui = UI.getCurrent();
        Running run = new Running(new Cancellation(), Math.max(1, file.length()), file);
        running = run;
        showRunning(true);
        progress.setValue(0);
        progressText.setText(getTranslation("import.waiting", command.fileName()));
        showOutcome("");
        showRejections(null);
        // No server push here: the page asks for news every half second while the import runs.
        ui.setPollInterval(POLL_MILLIS);
        threads.start(() -> {
            try {
                ImportResult result = imports.importDossiers(command,
                        (phase, rows, bytes) -> later(ui, () -> showProgress(run, phase, rows, bytes)),
                        run.cancellation());
                later(ui, () -> finished(run, result, null));
            } catch (DomainRuleViolation v) {
                later(ui, () -> finished(run, null, Labels.of(v.reason())));
            } catch (RuntimeException e) {
                System.getLogger(DossierImportView.class.getName()).log(System.Logger.Level.ERROR,
                        "Dossier import failed", e);
                later(ui, () -> finished(run, null, getTranslation("import.failed")));
            } finally {
                delete(file);
            }
        });
    }

    private static void later(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // The user left the page: the import still ends (and is in the history), there is nothing to show.
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancellation().cancel();
            cancel.setEnabled(false);
            progressText.setText(getTranslation("import.cancelling"));
        }
    }

    private void showProgress(Running run, ImportPhase phase, long rows, long bytes) {
        if (running != run || phase == ImportPhase.FINISHED) {
            return;
        }
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        progress.setValue(Math.min(1.0, (double) bytes / run.fileBytes()));
        String what = Labels.of(phase.vietnamese(), phase.english());
        progressText.setText(run.cancellation().isCancelled() ? getTranslation("import.cancelling")
                : getTranslation("import.progress", what, n.format(rows), megabytes(bytes), megabytes(run.fileBytes())));
    }

    private void finished(Running run, ImportResult result, String failure) {
        if (running != run) {
            return;
        }
        running = null;
        UI.getCurrent().setPollInterval(-1);
        showRunning(false);
        upload.clearFileList();
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        if (failure != null) {
            showOutcome(failure);
        } else {
            switch (result) {
                case ImportResult.Imported i -> {
                    showOutcome(getTranslation("import.done", n.format(i.rows()), i.exportKey(), n.format(i.replacedRows())));
                    Notices.success(getTranslation("import.done.short", n.format(i.rows())));
                }
                case ImportResult.Unchanged u -> showOutcome(getTranslation("import.unchanged", u.exportKey()));
                case ImportResult.Rejected r -> {
                    showOutcome(getTranslation("import.rejected", n.format(r.report().total())));
                    showRejections(r.report());
                }
                case ImportResult.Cancelled c -> showOutcome(getTranslation("import.cancelled", n.format(c.rowsRead())));
            }
        }
        history.getDataProvider().refreshAll();
    }

    private void showRunning(boolean on) {
        progress.setVisible(on);
        progressText.setVisible(on);
        cancel.setVisible(on);
        cancel.setEnabled(on);
        upload.setEnabled(!on);
        exportKey.setEnabled(!on);
        council.setEnabled(!on);
    }

    private void showOutcome(String text) {
        outcome.setText(text);
        outcome.setVisible(!text.isEmpty());
    }

    private void showRejections(RejectionReport r) {
        boolean any = r != null && r.total() > 0;
        rejections.setVisible(any);
        report.setVisible(any);
        rejectionsNote.setVisible(any && r.total() > r.first().size());
        if (!any) {
            rejections.setItems(List.of());
            return;
        }
        rejections.setItems(r.first());
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        rejectionsNote.setText(getTranslation("import.rejections.first", n.format(r.first().size()),
                n.format(r.total())));
        report.setHref((DownloadHandler) event -> {
            // Copied from the import's temporary report file as it is sent, not held in memory.
            event.setFileName("bao-cao-loi-nhap-ho-so.csv");
            event.setContentType("text/csv; charset=UTF-8");
            r.writeCsv(event.getOutputStream());
        });
    }

    private static String megabytes(long bytes) {
        return String.format(Labels.locale(), "%.1f", bytes / 1_048_576.0);
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            file.deleteOnExit();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the page does not leave an import half done: it is stopped, and rolls back.
        if (running != null) {
            running.cancellation().cancel();
        }
        super.onDetach(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        history.getDataProvider().refreshAll();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("import.title"));
        help.setText(getTranslation("import.help"));
        exportKey.setLabel(getTranslation("import.export-key"));
        exportKey.setHelperText(getTranslation("import.export-key.help"));
        council.setLabel(getTranslation("import.council"));
        council.setHelperText(getTranslation("import.council.help"));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        UploadTexts.apply(upload, "import.choose");
        cancel.setText(getTranslation("import.cancel"));
        report.setText(getTranslation("import.report"));
        historyTitle.setText(getTranslation("import.history"));

        rejections.removeAllColumns();
        rejections.addColumn(RejectedRow::line).setHeader(getTranslation("import.line"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        rejections.addColumn(r -> r.column() == null ? "" : r.column()).setHeader(getTranslation("import.column"))
                .setWidth("10rem").setFlexGrow(0);
        rejections.addColumn(r -> Labels.of(r.reason())).setHeader(getTranslation("import.reason")).setFlexGrow(3);
        rejections.addColumn(r -> r.value() == null ? "" : r.value()).setHeader(getTranslation("import.value"))
                .setFlexGrow(1);

        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        historyExport.removeAllColumns();
        historyExport.column(a -> WHEN.format(a.startedAt())).setHeader(getTranslation("import.when")).setAutoWidth(true)
                .setFlexGrow(0);
        historyExport.column(ImportAttempt::importedBy).setHeader(getTranslation("import.who")).setAutoWidth(true);
        historyExport.column(ImportAttempt::exportKey).setHeader(getTranslation("import.export-key")).setAutoWidth(true);
        historyExport.column(ImportAttempt::fileName).setHeader(getTranslation("import.file")).setFlexGrow(2);
        historyExport.column(a -> a.sha256() == null ? "" : a.sha256().substring(0, 12) + "…")
                .setHeader(getTranslation("import.checksum")).setTooltipGenerator(a -> a.sha256() == null ? "" : a.sha256())
                .setAutoWidth(true).setFlexGrow(0);
        historyExport.column(a -> n.format(a.rows())).setHeader(getTranslation("import.rows"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        historyExport.column(a -> Labels.of(a.status().vietnamese(), a.status().english())
                        + (a.rejectedRows() > 0 ? " (" + n.format(a.rejectedRows()) + ")" : ""))
                .setHeader(getTranslation("import.status")).setAutoWidth(true)
                .setTooltipGenerator(a -> a.failure() == null ? "" : a.failure());
        historyExport.column(a -> a.council() == null ? "" : a.council()).setHeader(getTranslation("import.council"))
                .setAutoWidth(true).setFlexGrow(0);
        history.setEmptyStateText(getTranslation("import.history.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }
}
