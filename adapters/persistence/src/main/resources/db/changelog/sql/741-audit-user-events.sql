-- What an administrator does to a user account at the identity provider (issue 17, decision 034): the provider is
-- not this database, so no trigger sees it; the admin UI appends it through a function, as it does failed logins.
-- The entry's actor is the administrator, its object (row_key) the account's username.
SELECT set_config('giamsat.migrating_as', current_user, true);
SET LOCAL ROLE giamsat_audit;
CREATE FUNCTION audit_user_event(event text, actor text, username text, details jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF event NOT IN ('USER_CREATED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET') THEN
        RAISE EXCEPTION 'not a user event: %', event USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO audit_log (at, tx_id, actor_id, actor_name, action, table_name, row_key, operation, after)
    VALUES (clock_timestamp(), txid_current(), actor, NULL, event, 'security', username, event, details);
END;
$$;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_operation_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE',
    'TRUNCATE', 'LOGIN_FAILURE', 'USER_CREATED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET'));
REVOKE ALL ON FUNCTION audit_user_event(text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_user_event(text, text, text, jsonb) TO giamsat_writer;

DO $$
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', current_setting('giamsat.migrating_as'));
END
$$;
