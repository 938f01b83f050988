package vn.giamsat.application.dossier.port.out;

import java.util.List;
import java.util.Optional;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportScope;

/** The imports that are part of the data and the history of every import tried. */
public interface ImportHistoryPort {
    /**
     * Writes the attempt's line as {@code STARTED}, committed in its own transaction before anything else of the
     * import happens, and keeps a sign that it is alive until {@link RunningAttempt#close()}: while the handle is
     * open the history shows it STARTED; once it is closed without {@link RunningAttempt#finish}, or its process is
     * gone (its connection with it), INTERRUPTED.
     */
    RunningAttempt start(AttemptEntry started);

    /** An attempt under way. */
    interface RunningAttempt extends AutoCloseable {
        long id();

        /** Completes the line of an attempt that changed nothing (unchanged, refused, cancelled, failed). */
        void finish(AttemptEntry ended);

        /** Drops the sign of life; an attempt not finished by then shows as interrupted. Never fails. */
        @Override
        void close();
    }

    /** The current import of the council's export whose file had this checksum: the same file imported already. */
    Optional<ImportRecord> importWithChecksum(String council, String sha256);

    /** The council's export's current import, the one a new import of it replaces. */
    Optional<ImportRecord> currentImport(String council, String exportKey);

    List<ImportRecord> imports(ImportScope scope);

    /** Import attempts of councils in the scope, newest first: {@code limit} of them from {@code offset}. */
    List<ImportAttempt> attempts(ImportScope scope, int offset, int limit);

    long attemptCount(ImportScope scope);
}
