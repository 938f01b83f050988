package vn.giamsat.application.dossier.port.out;

import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.RejectionReport;

/**
 * Bulk storage of dossier files: reads the stream once into staging and checks it there ({@link #stage}), then, if
 * the use case decides so, merges it ({@link StagedImport#merge}) and keeps the computed figures current, all in one
 * transaction. Until {@link StagedImport#commit()}, closing the staged import leaves the database exactly as before.
 * Which file is the same file again, what to replace and what the history says are the use case's decisions.
 */
public interface DossierImportPort {

    /**
     * Opens the import's transaction (its audit entries name {@code useCase}), streams and checks the file. Stops at
     * the first check of {@code cancellation} that finds it cancelled, and says so. Fails with an unchecked
     * exception (the transaction rolled back) when the database or the file cannot be read.
     */
    StagedImport stage(ImportRequest request, String useCase, ImportProgress progress, Cancellation cancellation);

    /** A file staged in an open transaction; closing it without {@link #commit()} rolls everything back. */
    interface StagedImport extends AutoCloseable {
        /** The id the import gets if merged. */
        long importId();

        /** Rows read from the file (up to the cancellation if cancelled; 0 if its header or encoding was refused). */
        long rowsRead();

        /** The reading stopped because the import was cancelled. */
        boolean cancelled();

        /** Every refused row; null when every row passed. */
        RejectionReport rejections();

        /**
         * Stores the staged dossiers and their figures as import {@link #importId()} of the request's export,
         * dropping {@code replacing} (the export's earlier import, or null) and completing the history line
         * {@code attempt} as {@code imported} in the same transaction.
         */
        void merge(Long replacing, long attempt, AttemptEntry imported);

        void commit();

        /** Rolls back unless committed; never fails. */
        @Override
        void close();
    }
}
