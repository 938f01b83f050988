package vn.giamsat.application.dossier.port.out;

import java.util.List;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.ImportResult;

/**
 * Bulk storage of dossier files: reads the stream once, stages it, validates and merges it in one transaction,
 * and keeps the computed figures current. Whatever it answers other than {@link ImportResult.Imported}, the
 * database is exactly as before.
 */
public interface DossierImportPort {
    ImportResult importFile(ImportRequest request, ImportProgress progress, Cancellation cancellation);

    List<ImportRecord> imports();

    /** Import attempts, newest first: {@code limit} of them from {@code offset}. */
    List<ImportAttempt> attempts(int offset, int limit);

    long attemptCount();
}
