package vn.giamsat.application.dossier.model;

/** Lets another thread (the user's "Hủy / Cancel" button) stop an import; the import then leaves nothing behind. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
