package vn.giamsat.admin.config;

import vn.giamsat.adapters.persistence.startup.MigrateOnly;

/**
 * The admin UI's image doubles as the migration job: with {@code GIAMSAT_MIGRATE_ONLY=true} (or the argument
 * {@code --giamsat.migrate-only=true}) it migrates the database, makes the portal's login role, and exits
 * (deploy/README.md). Here, in {@code config}, because only this package may reach the persistence adapter.
 */
public final class MigrationJob {
    private MigrationJob() {}

    /** @return true when this run was the migration job, which has finished; the app must then not start */
    public static boolean ranInsteadOfTheApp(String[] args) {
        if (!MigrateOnly.requested(args, System::getenv)) {
            return false;
        }
        MigrateOnly.run(args);
        return true;
    }
}
