package vn.giamsat.admin.catalogue;

import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableSupplier;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.LineProblem;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.ProcedureFileCommand;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.ProcedureImportOutcome;
import vn.giamsat.domain.common.DomainRuleViolation;

/**
 * Loads the procedure catalogue (the national database's export) or the units' procedure lists from a CSV or XLSX
 * file (decision 033): a file with any problem changes nothing, and its problems are listed with their lines.
 */
final class ImportProceduresDialog {
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    enum FileKind { CATALOGUE, UNIT_LISTS }

    private final ImportProceduresUseCase imports;
    private final SerializableSupplier<Boolean> mayUpload;
    private final Runnable changed;
    final RadioButtonGroup<FileKind> kind = new RadioButtonGroup<>();
    final Span result = new Span();
    final Grid<LineProblem> problems = new Grid<>();
    Upload upload;

    /** @param mayUpload asked before a byte of an upload is read: only those who keep the catalogue may send one */
    ImportProceduresDialog(ImportProceduresUseCase imports, SerializableSupplier<Boolean> mayUpload, Runnable changed) {
        this.imports = imports;
        this.mayUpload = mayUpload;
        this.changed = changed;
    }

    void open(FileKind preset) {
        kind.setLabel(t("procedures.import.kind"));
        kind.setId("procedures-import-kind");
        kind.setItems(FileKind.values());
        kind.setItemLabelGenerator(k -> t(k == FileKind.CATALOGUE ? "procedures.import.kind.catalogue"
                : "procedures.import.kind.unit-lists"));
        kind.setValue(preset);
        Paragraph help = new Paragraph(help(preset));
        kind.addValueChangeListener(e -> help.setText(help(e.getValue())));
        result.setId("procedures-import-result");
        problems.setId("procedures-import-problems");
        problems.addColumn(LineProblem::line).setHeader(t("units.import.line")).setWidth("6rem").setFlexGrow(0);
        problems.addColumn(p -> Labels.of(p.reason())).setHeader(t("units.import.error"));
        problems.setVisible(false);
        problems.setAllRowsVisible(true);

        upload = new Upload(new BoundedUpload(MAX_FILE_BYTES, mayUpload, file -> {
            problems.setVisible(false);
            ProcedureImportOutcome outcome;
            try {
                ProcedureFileCommand command = new ProcedureFileCommand(file.name(), file.bytes());
                outcome = kind.getValue() == FileKind.CATALOGUE ? imports.importCatalogue(command)
                        : imports.importUnitLists(command);
            } catch (DomainRuleViolation v) {
                result.setText(Labels.of(v.reason()));
                return;
            }
            show(outcome);
        }, result::setText));
        upload.setId("procedures-import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> Notices.refused(t("units.import.rejected")));

        Dialog d = new Dialog(t("procedures.import"));
        d.setId("procedures-import-dialog");
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 50rem)");
        d.add(new VerticalLayout(kind, help, upload, result, problems));
        d.getFooter().add(new Button(t("units.import.close"), e -> d.close()));
        d.open();
    }

    void show(ProcedureImportOutcome outcome) {
        String key = kind.getValue() == FileKind.CATALOGUE ? "procedures.import.done.catalogue"
                : "procedures.import.done.unit-lists";
        if (outcome.succeeded()) {
            result.setText(t(key, outcome.rows(), outcome.created(), outcome.changed()));
            Notices.success(t(key, outcome.rows(), outcome.created(), outcome.changed()));
            changed.run();
        } else {
            result.setText(t("units.import.failed", outcome.rows(), outcome.problems().size()));
            problems.setItems(outcome.problems());
            problems.setVisible(true);
        }
    }

    private static String help(FileKind k) {
        return t(k == FileKind.CATALOGUE ? "procedures.import.help.catalogue" : "procedures.import.help.unit-lists");
    }
}
