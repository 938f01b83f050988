package vn.giamsat.application.admin;

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

    enum SheetFormat {
        CSV("csv", "text/csv"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        SheetFormat(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() { return extension; }
        public String mediaType() { return mediaType; }

        /** The format a file name says, or empty for any other name. */
        public static java.util.Optional<SheetFormat> ofFileName(String name) {
            String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
            for (SheetFormat f : values()) {
                if (lower.endsWith("." + f.extension)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** @param line the row's number as the user sees it in the file (header is line 1) */
    record SheetRow(int line, Map<String, String> cells) {
        public SheetRow {
            cells = Map.copyOf(cells);
        }
    }
}
