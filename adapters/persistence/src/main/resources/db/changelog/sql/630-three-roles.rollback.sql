-- Takes back 630-three-roles: the audit objects go back to the owner with their former rights.
ALTER DEFAULT PRIVILEGES FOR ROLE giamsat_owner IN SCHEMA public
    REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM giamsat_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE giamsat_owner IN SCHEMA public
    REVOKE USAGE, SELECT ON SEQUENCES FROM giamsat_writer;
SELECT set_config('giamsat.migrating_as', current_user, true);
SET LOCAL ROLE giamsat_audit;
REVOKE SELECT ON audit_log FROM giamsat_writer;
REVOKE EXECUTE ON FUNCTION audit_security_event(text, text, jsonb) FROM giamsat_writer;
REVOKE EXECUTE ON FUNCTION audit_row_change(), audit_truncate() FROM giamsat_owner;
GRANT EXECUTE ON FUNCTION audit_row_change(), audit_truncate(), audit_flush() TO PUBLIC;
SET LOCAL ROLE NONE;
ALTER TABLE audit_log OWNER TO giamsat_owner;
ALTER TABLE audit_pending OWNER TO giamsat_owner;
ALTER TABLE audit_pending_tx OWNER TO giamsat_owner;
ALTER FUNCTION audit_actor_id() OWNER TO giamsat_owner;
ALTER FUNCTION audit_row_change() OWNER TO giamsat_owner;
ALTER FUNCTION audit_flush() OWNER TO giamsat_owner;
ALTER FUNCTION audit_truncate() OWNER TO giamsat_owner;
ALTER FUNCTION audit_security_event(text, text, jsonb) OWNER TO giamsat_owner;
ALTER FUNCTION audit_log_refuse_change() OWNER TO giamsat_owner;
DO $$
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', current_setting('giamsat.migrating_as'));
END
$$;
