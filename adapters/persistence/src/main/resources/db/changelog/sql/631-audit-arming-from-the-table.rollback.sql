-- Takes back 631: the body of 500-audit-log.
SELECT set_config('giamsat.migrating_as', current_user, true);
SET LOCAL ROLE giamsat_audit;
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
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
DO $$
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', current_setting('giamsat.migrating_as'));
END
$$;
