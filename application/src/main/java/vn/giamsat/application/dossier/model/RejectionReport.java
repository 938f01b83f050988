package vn.giamsat.application.dossier.model;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Every rejected row of a refused import. The full list may be large, so it is written out on demand
 * ({@link #writeCsv}, for the download) and only the first rows are kept at hand for the screen.
 */
public interface RejectionReport {
    long total();

    /** The first rejections, in file order, for display. */
    List<RejectedRow> first();

    /** CSV (UTF-8 with BOM, for Excel): dong;cot;ma_loi;ly_do;reason;gia_tri. */
    void writeCsv(OutputStream out) throws IOException;
}
