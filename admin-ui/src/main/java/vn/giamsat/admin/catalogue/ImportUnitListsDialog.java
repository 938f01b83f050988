package vn.giamsat.admin.catalogue;

import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.LineProblem;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.MergerListCommand;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitImportOutcome;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitListCommand;
import vn.giamsat.domain.common.DomainRuleViolation;

/**
 * Loads a unit list (the General Statistics Office's export) or a merger list from a CSV or XLSX file (decision 026):
 * a file with any problem changes nothing, and its problems are listed with their lines.
 */
final class ImportUnitListsDialog {
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024; // the national list is about 1.5 MB as CSV

    enum ListKind { UNITS, MERGERS }

    private final UnitFormParts parts;
    private final ImportUnitListsUseCase imports;
    private final com.vaadin.flow.function.SerializableSupplier<Boolean> mayUpload;

    /** @param mayUpload asked before a byte of an upload is read: only those who keep the catalogue may send one */
    ImportUnitListsDialog(UnitFormParts parts, ImportUnitListsUseCase imports,
                          com.vaadin.flow.function.SerializableSupplier<Boolean> mayUpload) {
        this.parts = parts;
        this.imports = imports;
        this.mayUpload = mayUpload;
    }

    void open() {
        RadioButtonGroup<ListKind> kind = new RadioButtonGroup<>(t("units.import.kind"));
        kind.setId("units-import-kind");
        kind.setItems(ListKind.values());
        kind.setItemLabelGenerator(k -> t(k == ListKind.UNITS ? "units.import.kind.units" : "units.import.kind.mergers"));
        kind.setValue(ListKind.UNITS);
        DatePicker validFrom = UnitFormParts.datePicker("units-import-date", "units.import.valid-from");
        Paragraph help = new Paragraph(t("units.import.help.units"));
        kind.addValueChangeListener(e -> {
            validFrom.setVisible(e.getValue() == ListKind.UNITS);
            help.setText(t(e.getValue() == ListKind.UNITS ? "units.import.help.units" : "units.import.help.mergers"));
        });
        Span result = new Span();
        result.setId("units-import-result");
        Grid<LineProblem> problems = new Grid<>();
        problems.setId("units-import-problems");
        problems.addColumn(LineProblem::line).setHeader(t("units.import.line")).setWidth("6rem").setFlexGrow(0);
        problems.addColumn(p -> Labels.of(p.reason())).setHeader(t("units.import.error"));
        problems.setVisible(false);
        problems.setAllRowsVisible(true);

        Upload upload = new Upload(new BoundedUpload(MAX_FILE_BYTES, mayUpload, file -> {
            problems.setVisible(false);
            UnitImportOutcome outcome;
            try {
                if (kind.getValue() == ListKind.UNITS) {
                    if (validFrom.getValue() == null) {
                        result.setText(t("units.import.date-required"));
                        return;
                    }
                    outcome = imports.importUnitList(new UnitListCommand(file.name(), file.bytes(), validFrom.getValue()));
                } else {
                    outcome = imports.importMergerList(new MergerListCommand(file.name(), file.bytes()));
                }
            } catch (DomainRuleViolation v) {
                result.setText(Labels.of(v.reason()));
                return;
            }
            if (outcome.succeeded()) {
                result.setText(t("units.import.done", outcome.rows(), outcome.created(), outcome.changed()));
                Notices.success(t("units.import.done", outcome.rows(), outcome.created(), outcome.changed()));
                parts.changed();
            } else {
                result.setText(t("units.import.failed", outcome.rows(), outcome.problems().size()));
                problems.setItems(outcome.problems());
                problems.setVisible(true);
            }
        }, result::setText));
        upload.setId("units-import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> Notices.refused(t("units.import.rejected")));

        Dialog d = new Dialog(t("units.import"));
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 50rem)");
        d.add(new VerticalLayout(kind, validFrom, help, upload, result, problems));
        d.getFooter().add(new Button(t("units.import.close"), e -> d.close()));
        d.open();
    }
}
