package vn.giamsat.application.figures.model;

/** The spreadsheet formats the figures import reads. */
public enum SheetFormat {
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

