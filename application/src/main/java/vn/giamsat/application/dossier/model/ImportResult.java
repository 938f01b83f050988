package vn.giamsat.application.dossier.model;

/** How an import ended. Only {@link Imported} changed the database. */
public sealed interface ImportResult {

    /**
     * @param replacedRows dossiers of the earlier import of the same export that this one replaced (0 if first)
     */
    record Imported(long importId, String exportKey, long rows, String sha256, long replacedRows) implements ImportResult {}

    /** The same file (same checksum) was already the current import of this export: nothing changed. */
    record Unchanged(long importId, String exportKey, String sha256) implements ImportResult {}

    /** At least one row was refused: nothing was written. */
    record Rejected(RejectionReport report) implements ImportResult {}

    /** The user cancelled: nothing was written. */
    record Cancelled(long rowsRead) implements ImportResult {}
}
