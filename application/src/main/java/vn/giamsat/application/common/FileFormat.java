package vn.giamsat.application.common;

import java.util.Locale;
import java.util.Optional;

/** The file formats a dossier export may come in. */
public enum FileFormat {
    CSV, XLSX;

    /** By the file's extension: "ho-so.csv", "HO_SO.XLSX". */
    public static Optional<FileFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String lower = fileName.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
