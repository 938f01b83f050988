package vn.giamsat.application.figures.port.out;

import vn.giamsat.application.figures.model.SheetFormat;

import java.util.List;
import java.util.Map;

/** Reads and writes the rows of a figures spreadsheet (CSV or XLSX); knows columns only by their header. */
public interface FiguresSheetPort {

    /**
     * @return the data rows under the header row, each cell keyed by its header (blank cells are absent)
     * @throws vn.giamsat.domain.common.DomainRuleViolation when the file cannot be read as the format says
     */
    List<SheetRow> read(SheetFormat format, byte[] content);

    /** A file with the header row and example rows, to fill in. */
    byte[] template(SheetFormat format, List<String> header, List<List<String>> examples);

    /** @param line the row's number as the user sees it in the file (header is line 1) */
    record SheetRow(int line, Map<String, String> cells) {
        public SheetRow {
            cells = Map.copyOf(cells);
        }
    }
}
