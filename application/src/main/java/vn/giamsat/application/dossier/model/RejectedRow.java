package vn.giamsat.application.dossier.model;

import java.util.Objects;
import vn.giamsat.domain.common.Reason;

/**
 * One reason a row of the file was refused.
 *
 * @param line   the line of the file where the row starts (1 = header); for XLSX the sheet's row number
 * @param column the column's header as written in the file, or null when the row as a whole is wrong
 * @param value  what the cell held (shortened), so the user can find it
 */
public record RejectedRow(long line, String column, Reason reason, String value) {
    public RejectedRow {
        Objects.requireNonNull(reason, "reason");
        if (value != null && value.length() > 80) {
            value = value.substring(0, 77) + "...";
        }
    }
}
