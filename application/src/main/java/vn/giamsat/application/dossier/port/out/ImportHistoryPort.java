package vn.giamsat.application.dossier.port.out;

import java.util.List;
import java.util.Optional;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportRecord;

/** The imports that are part of the data and the history of every import tried. */
public interface ImportHistoryPort {
    /** Stores an attempt that changed nothing (in its own transaction, after the import's was rolled back). */
    void record(AttemptEntry attempt);

    /** The current import of any export whose file had this checksum: the same file imported already. */
    Optional<ImportRecord> importWithChecksum(String sha256);

    /** The export's current import, the one a new import of it replaces. */
    Optional<ImportRecord> currentImport(String exportKey);

    List<ImportRecord> imports();

    /** Import attempts, newest first: {@code limit} of them from {@code offset}. */
    List<ImportAttempt> attempts(int offset, int limit);

    long attemptCount();
}
