package vn.giamsat.admin.catalogue;

import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableSupplier;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.LineProblem;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.ProcedureFileCommand;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.ProcedureImportOutcome;

/**
 * Loads the procedure catalogue (the national database's export) or the units' procedure lists from a CSV or XLSX
 * file (decision 033): a file with any problem changes nothing, and its problems are listed with their lines.
 */
final class ImportProceduresDialog {
    enum FileKind { CATALOGUE, UNIT_LISTS }

    private final ImportProceduresUseCase imports;
    private final SerializableSupplier<Boolean> mayUpload;
    private final Runnable changed;
    final RadioButtonGroup<FileKind> kind = new RadioButtonGroup<>();

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
        TableFileUpload<LineProblem> file = new TableFileUpload<>("procedures-import", mayUpload, LineProblem::line,
                LineProblem::reason, this::importFile, changed);

        Dialog d = new Dialog(t("procedures.import"));
        d.setId("procedures-import-dialog");
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 50rem)");
        d.add(new VerticalLayout(kind, help, file.upload, file.result, file.problems));
        d.getFooter().add(new Button(t("units.import.close"), e -> d.close()));
        d.open();
    }

    private TableFileUpload.Shown<LineProblem> importFile(BoundedUpload.ReceivedFile file) throws java.io.IOException {
        ProcedureFileCommand command = new ProcedureFileCommand(file.name(), file.bytes());
        boolean catalogue = kind.getValue() == FileKind.CATALOGUE;
        ProcedureImportOutcome outcome = catalogue ? imports.importCatalogue(command) : imports.importUnitLists(command);
        if (!outcome.succeeded()) {
            return TableFileUpload.Shown.refused(TableFileUpload.failed(outcome.rows(), outcome.problems().size()),
                    outcome.problems());
        }
        return TableFileUpload.Shown.saved(t(catalogue ? "procedures.import.done.catalogue"
                : "procedures.import.done.unit-lists", outcome.rows(), outcome.created(), outcome.changed()));
    }

    private static String help(FileKind k) {
        return t(k == FileKind.CATALOGUE ? "procedures.import.help.catalogue" : "procedures.import.help.unit-lists");
    }
}
