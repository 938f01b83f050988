package vn.giamsat.application.dossier.port.in;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.giamsat.application.dossier.model.FormII06aSheet;

/**
 * Form II.06a of figures the caller already holds (the comparison page's rows, read through
 * {@link ComputedFiguresQueries} within the user's jurisdiction) as an XLSX workbook.
 */
public interface FormII06aExport {
    void write(List<FormII06aSheet> sheets, OutputStream out) throws IOException;
}
