-- Three roles (decision 021): the schema belongs to giamsat_owner, which only migrations act as; the audit log
-- belongs to giamsat_audit; the application (giamsat_writer) may read and write rows of the business tables and
-- nothing more. It owns no table, so it can neither disable nor drop a trigger (ALTER TABLE needs the owner); it
-- has no right on the audit tables but SELECT on audit_log (the administrator reads it in the admin UI), so it
-- cannot insert, change or remove an entry; the audit functions run as their owner (SECURITY DEFINER), so writes
-- are still recorded. The roles are made by db/giamsat-roles.sql, run by an administrator before this.
DO $$
BEGIN
    IF (SELECT count(*) FROM pg_roles WHERE rolname IN ('giamsat_owner', 'giamsat_audit', 'giamsat_writer')) < 3 THEN
        RAISE EXCEPTION 'the roles giamsat_owner, giamsat_audit and giamsat_writer are missing: an administrator runs '
            'db/giamsat-roles.sql first (deploy/README.md, decision 021)';
    END IF;
    IF current_user <> 'giamsat_owner' THEN
        RAISE EXCEPTION 'migrations run as giamsat_owner (log in as giamsat_migrator, whose sessions start as it), '
            'not as %: objects would belong to the wrong role (decision 021)', current_user;
    END IF;
END
$$;

-- Handing the audit objects over needs a role that may act as both their old and their new owner: the migration's
-- login (a member of giamsat_owner and giamsat_audit). SET LOCAL lasts until this change set's commit.
SELECT set_config('giamsat.migrating_as', current_user, true);
SET LOCAL ROLE NONE;
ALTER TABLE audit_log OWNER TO giamsat_audit;
ALTER TABLE audit_pending OWNER TO giamsat_audit;
ALTER TABLE audit_pending_tx OWNER TO giamsat_audit;
ALTER FUNCTION audit_actor_id() OWNER TO giamsat_audit;
ALTER FUNCTION audit_row_change() OWNER TO giamsat_audit;
ALTER FUNCTION audit_flush() OWNER TO giamsat_audit;
ALTER FUNCTION audit_truncate() OWNER TO giamsat_audit;
ALTER FUNCTION audit_security_event(text, text, jsonb) OWNER TO giamsat_audit;
ALTER FUNCTION audit_log_refuse_change() OWNER TO giamsat_audit;

SET LOCAL ROLE giamsat_audit;
-- Nobody calls the trigger functions but the triggers; the owner attaches them to new tables (a trigger fires
-- without EXECUTE, so the application needs none and cannot hang them on a table of its own, such as a temporary
-- one, to write entries of its choosing).
REVOKE EXECUTE ON FUNCTION audit_row_change(), audit_truncate(), audit_flush() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_row_change(), audit_truncate() TO giamsat_owner;
-- The admin UI records failed logins (the only entries it writes itself) and reads the log.
GRANT EXECUTE ON FUNCTION audit_security_event(text, text, jsonb) TO giamsat_writer;
GRANT SELECT ON audit_log TO giamsat_writer;

DO $$
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', current_setting('giamsat.migrating_as'));
END
$$;

-- Tables and sequences the owner creates from now on (this project's change sets, the dossier import's partitions)
-- are the application's to read and write, without a grant in each change set. Change set 690 grants the same on
-- every business table at the end of each migration.
ALTER DEFAULT PRIVILEGES FOR ROLE giamsat_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO giamsat_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE giamsat_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO giamsat_writer;
