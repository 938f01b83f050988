package vn.giamsat.application.dossier.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the import history as the use case decides it, before it is stored (the stored one, read back, is an
 * {@link ImportAttempt}).
 *
 * @param sha256       null when the file was not read to the end
 * @param importId     the import it made (IMPORTED) or found already made (UNCHANGED); else null
 * @param rows         dossiers imported, or rows read before the attempt ended
 * @param rejectedRows problems reported (REJECTED)
 * @param replacedRows dossiers of the export's earlier import that an IMPORTED one replaced
 * @param council      code of the council (địa bàn) the export belongs to; null: an import of the system itself, over
 *                     the whole catalogue (tools, benchmarks)
 * @param failure      why a FAILED attempt failed (short, for the history); else null
 */
public record AttemptEntry(String exportKey, String fileName, String sha256, Long importId, AttemptStatus status,
                           long rows, long rejectedRows, long replacedRows, Instant startedAt, String importedBy,
                           String council, String failure) {
    public AttemptEntry {
        Objects.requireNonNull(exportKey, "exportKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        if (failure != null && failure.length() > 500) {
            failure = failure.substring(0, 497) + "...";
        }
    }
}
