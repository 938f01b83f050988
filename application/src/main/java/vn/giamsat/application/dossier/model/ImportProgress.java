package vn.giamsat.application.dossier.model;

/**
 * Told how far an import is; called from the importing thread, so a UI must hand the values over to its own
 * thread (Vaadin: {@code ui.access}).
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (phase, rows, bytes) -> {};

    void update(ImportPhase phase, long rowsRead, long bytesRead);
}
