package vn.giamsat.admin.imports;

/**
 * Where dossier imports run: off the UI thread (an import of a million rows takes tens of seconds), with the
 * signed-in user's security context, so the use case still checks who imports.
 */
@FunctionalInterface
public interface ImportThreads {
    void start(Runnable task);
}
