package vn.giamsat.application.dossier.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One import tried, for the history screen: who, when, which file, how it ended.
 *
 * @param sha256       null when the file could not be read to the end
 * @param rows         dossiers imported (IMPORTED, REPLACED), or rows read before the end (CANCELLED, REJECTED)
 * @param rejectedRows problems reported (REJECTED)
 * @param finishedAt   null while STARTED, and for an INTERRUPTED attempt (it never ended)
 * @param council      code of the council the export belongs to; null for the system's own imports
 * @param failure      why a FAILED attempt failed; else null
 */
public record ImportAttempt(long id, String exportKey, String fileName, String sha256, AttemptStatus status, long rows,
                            long rejectedRows, long replacedRows, Instant startedAt, Instant finishedAt,
                            String importedBy, String council, String failure) {
    public ImportAttempt {
        Objects.requireNonNull(exportKey, "exportKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
