SELECT set_config('giamsat.migrating_as', current_user, true);
SET LOCAL ROLE giamsat_audit;
DROP FUNCTION audit_user_event(text, text, text, jsonb);
ALTER TABLE audit_log DROP CONSTRAINT audit_log_operation_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE',
    'TRUNCATE', 'LOGIN_FAILURE'));

DO $$
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', current_setting('giamsat.migrating_as'));
END
$$;
