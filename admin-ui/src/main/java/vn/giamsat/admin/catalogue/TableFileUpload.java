package vn.giamsat.admin.catalogue;

import static vn.giamsat.admin.catalogue.UnitFormParts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.IOException;
import java.util.List;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.UploadTexts;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * What the catalogue imports (unit lists, procedure lists) share: one CSV or XLSX file up to 20 MB, asked who may send
 * it before a byte is read, a result line, and the problems of a refused file listed by line (a file with any problem
 * changes nothing). The dialogs around it only choose the kind of file and call their use case.
 *
 * @param <P> the import's own problem type, read through {@code line} and {@code reason}
 */
final class TableFileUpload<P> {
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024; // the national unit list is about 1.5 MB as CSV

    /** One import's outcome as the dialog shows it: a message, and the problems when nothing was saved. */
    record Shown<P>(boolean succeeded, String message, List<P> problems) {
        static <P> Shown<P> saved(String message) {
            return new Shown<>(true, message, List.of());
        }

        static <P> Shown<P> refused(String message, List<P> problems) {
            return new Shown<>(false, message, problems);
        }

        /** A refusal the dialog decides itself, before the use case is asked (e.g. a date is missing). */
        static <P> Shown<P> refused(String message) {
            return new Shown<>(false, message, List.of());
        }
    }

    /** Reads the file with the kind of import chosen; may throw the use case's refusal. */
    @FunctionalInterface
    interface Importer<P> extends java.io.Serializable {
        Shown<P> importFile(BoundedUpload.ReceivedFile file) throws IOException;
    }

    final Span result = new Span();
    final Grid<P> problems = new Grid<>();
    final Upload upload;

    /**
     * @param ids       the prefix of the components' ids: {@code <ids>-result}, {@code -problems}, {@code -upload}
     * @param mayUpload asked before a byte of an upload is read: only those who keep the catalogue may send one
     * @param saved     run after an import saved something (the page reloads its list)
     */
    TableFileUpload(String ids, SerializableSupplier<Boolean> mayUpload, SerializableFunction<P, Long> line,
                    SerializableFunction<P, Reason> reason, Importer<P> importer, Runnable saved) {
        result.setId(ids + "-result");
        problems.setId(ids + "-problems");
        problems.addColumn(line::apply).setHeader(t("units.import.line")).setWidth("6rem").setFlexGrow(0);
        problems.addColumn(p -> Labels.of(reason.apply(p))).setHeader(t("units.import.error"));
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        upload = new Upload(new BoundedUpload(MAX_FILE_BYTES, mayUpload, file -> {
            problems.setVisible(false);
            Shown<P> shown;
            try {
                shown = importer.importFile(file);
            } catch (DomainRuleViolation v) {
                result.setText(Labels.of(v.reason()));
                return;
            }
            result.setText(shown.message());
            if (shown.succeeded()) {
                Notices.success(shown.message());
                saved.run();
            } else if (!shown.problems().isEmpty()) {
                problems.setItems(shown.problems());
                problems.setVisible(true);
            }
        }, result::setText));
        upload.setId(ids + "-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        UploadTexts.apply(upload, "upload.choose");
        upload.addFileRejectedListener(e -> Notices.refused(t("units.import.rejected")));
    }

    /** "The file has n rows and m problems; nothing was saved." */
    static String failed(long rows, int problems) {
        return t("units.import.failed", rows, problems);
    }
}
