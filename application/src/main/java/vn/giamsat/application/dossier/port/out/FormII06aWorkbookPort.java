package vn.giamsat.application.dossier.port.out;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.giamsat.application.dossier.model.FormII06aSheet;

/** Writes form II.06a as a workbook, with the form's own headings and column numbers (issue 16, decision 027). */
public interface FormII06aWorkbookPort {
    void write(List<FormII06aSheet> sheets, OutputStream out) throws IOException;
}
