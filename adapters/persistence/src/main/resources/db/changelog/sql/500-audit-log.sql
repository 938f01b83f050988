-- Audit log: an append-only record of every write to the business tables (who, when, what, before/after), and
-- of security events such as failed logins. Written by triggers, so that no write path can forget it: the
-- application only says who is acting, per transaction, with
--     SELECT set_config('giamsat.actor', <username>, true), set_config('giamsat.actor_name', <name>, true),
--            set_config('giamsat.action', <use case>, true)
-- A write without these settings (migrations, a fix by hand in psql) is recorded as 'system', never skipped.
--
-- A table joins the audit with one line (key columns as arguments; none: its primary key is looked up;
-- '-column' leaves a large column out of before/after):
--     CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON my_table
--         FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
-- (and, to record a TRUNCATE of it: CREATE TRIGGER audit_truncate AFTER TRUNCATE ON my_table
--         FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();)
--
-- Rounds are saved whole: their child rows are deleted and inserted again on every save. Recording those
-- statements one by one would bury the one finding that changed under dozens of deletes and inserts that
-- change nothing. So a row change is first noted in audit_pending, and at commit (a deferred trigger) the notes
-- of the transaction are netted per row: the row as it was before the transaction against the row as it is at
-- commit. A row deleted and inserted again unchanged leaves no entry; one changed leaves one UPDATE with its
-- before and after. A rolled-back transaction leaves nothing, because its notes roll back with it.

CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz  NOT NULL,
    tx_id      bigint       NOT NULL,      -- the writing transaction: entries of one use case share it
    actor_id   varchar(200) NOT NULL,      -- username, or 'system'; for a failed login the name typed, if any
    actor_name varchar(300),
    action     varchar(200),               -- the use case that wrote, e.g. RoundFindingsService.recordFindings
    table_name varchar(100) NOT NULL,      -- the table written, or 'security' for security events
    row_key    varchar(500),               -- the row's key values joined with '/'; null for a TRUNCATE
    operation  varchar(20)  NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE',
                                                          'LOGIN_FAILURE')),
    before     jsonb,                      -- the row before the transaction (null for INSERT)
    after      jsonb                       -- the row at commit (null for DELETE); for events, their details
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_object ON audit_log (table_name, row_key);

-- Notes of the running transactions, netted into audit_log at commit and deleted then. Unlogged: a note never
-- outlives its transaction, so it needs no WAL.
CREATE UNLOGGED TABLE audit_pending (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx_id      bigint       NOT NULL,
    table_name varchar(100) NOT NULL,
    row_key    varchar(500) NOT NULL,
    before     jsonb,
    after      jsonb
);
CREATE INDEX audit_pending_by_tx ON audit_pending (tx_id);

-- One row per transaction with pending notes; its deferred trigger nets them at commit.
CREATE UNLOGGED TABLE audit_pending_tx (
    tx_id bigint PRIMARY KEY
);

-- Who acts: the transaction-local settings, or the system when none is set.
CREATE FUNCTION audit_actor_id() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('giamsat.actor', true), ''), 'system')
$$;

CREATE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    key_row jsonb := coalesce(new_row, old_row);
    key_columns text[] := '{}';
    left_out text[] := '{}';
    arg text;
    tx bigint := txid_current();
BEGIN
    FOREACH arg IN ARRAY coalesce(TG_ARGV, '{}'::text[]) LOOP
        IF left(arg, 1) = '-' THEN
            left_out := left_out || substr(arg, 2);
        ELSE
            key_columns := key_columns || arg;
        END IF;
    END LOOP;
    IF cardinality(key_columns) = 0 THEN
        SELECT array_agg(a.attname ORDER BY array_position(i.indkey::int2[], a.attnum)) INTO key_columns
          FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
         WHERE i.indrelid = TG_RELID AND i.indisprimary;
    END IF;
    IF old_row IS NOT NULL THEN old_row := old_row - left_out; END IF;
    IF new_row IS NOT NULL THEN new_row := new_row - left_out; END IF;
    INSERT INTO audit_pending (tx_id, table_name, row_key, before, after)
    VALUES (tx, TG_TABLE_NAME,
            (SELECT string_agg(coalesce(key_row ->> k, ''), '/' ORDER BY o) FROM unnest(key_columns) WITH ORDINALITY AS c (k, o)),
            old_row, new_row);
    -- The first note of the transaction arms the netting at commit.
    IF coalesce(current_setting('giamsat.audit_armed', true), '') <> tx::text THEN
        INSERT INTO audit_pending_tx (tx_id) VALUES (tx) ON CONFLICT DO NOTHING;
        PERFORM set_config('giamsat.audit_armed', tx::text, true);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION audit_flush() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tx bigint := txid_current();
    moment timestamptz := clock_timestamp();
BEGIN
    INSERT INTO audit_log (at, tx_id, actor_id, actor_name, action, table_name, row_key, operation, before, after)
    SELECT moment, tx, audit_actor_id(), nullif(current_setting('giamsat.actor_name', true), ''),
           nullif(current_setting('giamsat.action', true), ''), n.table_name, n.row_key,
           CASE WHEN n.before IS NULL THEN 'INSERT' WHEN n.after IS NULL THEN 'DELETE' ELSE 'UPDATE' END,
           n.before, n.after
      FROM (SELECT table_name, row_key, min(seq) AS first_seq,
                   (array_agg(before ORDER BY seq))[1] AS before,
                   (array_agg(after ORDER BY seq DESC))[1] AS after
              FROM audit_pending WHERE tx_id = tx
             GROUP BY table_name, row_key) n
     WHERE n.before IS DISTINCT FROM n.after
     ORDER BY n.first_seq;
    DELETE FROM audit_pending WHERE tx_id = tx;
    DELETE FROM audit_pending_tx WHERE tx_id = tx;
    -- Writes after an early flush (SET CONSTRAINTS ALL IMMEDIATE) arm it again.
    PERFORM set_config('giamsat.audit_armed', '', true);
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_flush AFTER INSERT ON audit_pending_tx
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_flush();

CREATE FUNCTION audit_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO audit_log (at, tx_id, actor_id, actor_name, action, table_name, row_key, operation)
    VALUES (clock_timestamp(), txid_current(), audit_actor_id(), nullif(current_setting('giamsat.actor_name', true), ''),
            nullif(current_setting('giamsat.action', true), ''), TG_TABLE_NAME, NULL, 'TRUNCATE');
    RETURN NULL;
END;
$$;

-- Security events (a failed login) written by the app: the only way in besides the triggers.
CREATE FUNCTION audit_security_event(event text, username text, details jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO audit_log (at, tx_id, actor_id, actor_name, action, table_name, row_key, operation, after)
    VALUES (clock_timestamp(), txid_current(), coalesce(nullif(username, ''), 'anonymous'), NULL, event,
            'security', nullif(username, ''), event, details)
$$;
REVOKE ALL ON FUNCTION audit_security_event(text, text, jsonb) FROM PUBLIC;

-- Append-only, for every role including the owner: an entry is never changed or removed.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
-- ALWAYS: also when a session sets session_replication_role = replica to skip ordinary triggers.
ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_append_only;
ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_truncate;

REVOKE ALL ON audit_log, audit_pending, audit_pending_tx FROM PUBLIC;

-- The business tables. Not the dossier rows of a bulk import (millions of rows, written by COPY and never
-- changed): the import's own row in dossier_import records who imported what, when.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('administrative_unit', '''id'''),
            ('unit_successor', '''unit_id'', ''successor_id'''),
            ('procedure', '''code'''),
            ('unit_procedure', '''unit_id'', ''procedure_code'''),
            ('supervision_round', '''id'''),
            ('round_scope', '''round_id'', ''unit_id'''),
            ('delegation_member', '''round_id'', ''position'''),
            ('visit', '''round_id'', ''position'''),
            ('finding', '''id'''),
            ('recommendation', '''id'''),
            ('recommendation_follow_up', '''recommendation_id'', ''position'''),
            ('handling_figures', '''id'''),
            -- the snapshot stays readable in the published version itself, which never changes
            ('published_version', '''round_id'', ''version'', ''-snapshot'''),
            ('dossier_import', '''id'''),
            ('calendar_day', '''day''')) AS v (name, args)
    LOOP
        EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION audit_row_change(%s)', t.name, t.args);
        EXECUTE format('CREATE TRIGGER audit_truncate AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate()', t.name);
    END LOOP;
END
$$;
