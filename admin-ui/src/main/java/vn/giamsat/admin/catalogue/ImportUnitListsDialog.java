package vn.giamsat.admin.catalogue;

import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.LineProblem;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.MergerListCommand;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitImportOutcome;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitListCommand;

/**
 * Loads a unit list (the General Statistics Office's export) or a merger list from a CSV or XLSX file (decision 026):
 * a file with any problem changes nothing, and its problems are listed with their lines.
 */
final class ImportUnitListsDialog {
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
        TableFileUpload<LineProblem> file = new TableFileUpload<>("units-import", mayUpload, LineProblem::line,
                LineProblem::reason, received -> {
                    UnitImportOutcome outcome;
                    if (kind.getValue() == ListKind.MERGERS) {
                        outcome = imports.importMergerList(new MergerListCommand(received.name(), received.bytes()));
                    } else if (validFrom.getValue() == null) {
                        return TableFileUpload.Shown.refused(t("units.import.date-required"));
                    } else {
                        outcome = imports.importUnitList(new UnitListCommand(received.name(), received.bytes(),
                                validFrom.getValue()));
                    }
                    return outcome.succeeded()
                            ? TableFileUpload.Shown.saved(t("units.import.done", outcome.rows(), outcome.created(),
                                    outcome.changed()))
                            : TableFileUpload.Shown.refused(TableFileUpload.failed(outcome.rows(),
                                    outcome.problems().size()), outcome.problems());
                }, parts::changed);

        Dialog d = new Dialog(t("units.import"));
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 50rem)");
        d.add(new VerticalLayout(kind, validFrom, help, file.upload, file.result, file.problems));
        d.getFooter().add(new Button(t("units.import.close"), e -> d.close()));
        d.open();
    }
}
