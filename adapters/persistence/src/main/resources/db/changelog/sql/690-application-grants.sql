-- Runs at the end of every migration (runAlways, the last change set of the changelog; decision 021). The
-- application's role may read and write the rows of every business table, whichever change set made it, and has
-- no other right on them: no TRUNCATE (it would skip the row triggers of the audit), no TRIGGER, no REFERENCES.
-- The audit objects (owned by giamsat_audit) and Liquibase's own tables are left out. A table owned by any other
-- role stops the migration: it would escape these rules (a change set run as a superuser, an old installation).
DO $$
DECLARE
    t record;
BEGIN
    IF current_user <> 'giamsat_owner' THEN
        RAISE EXCEPTION 'migrations run as giamsat_owner, not as % (decision 021)', current_user;
    END IF;
    FOR t IN SELECT c.relname, c.relkind, pg_get_userbyid(c.relowner) AS owner
               FROM pg_class c
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
              ORDER BY c.relname
    LOOP
        IF t.owner = 'giamsat_audit' THEN
            CONTINUE;
        ELSIF t.owner <> 'giamsat_owner' THEN
            RAISE EXCEPTION 'relation % belongs to %, not to giamsat_owner: an administrator runs '
                'ALTER TABLE % OWNER TO giamsat_owner (decision 021)', t.relname, t.owner, t.relname;
        ELSIF t.relname LIKE 'databasechangelog%' THEN
            EXECUTE format('REVOKE ALL ON %I FROM giamsat_writer', t.relname);
        ELSIF t.relkind = 'S' THEN
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO giamsat_writer', t.relname);
        ELSIF coalesce(obj_description(format('%I', t.relname)::regclass, 'pg_class'), '') LIKE 'append-only%' THEN
            -- An append-only record (decision 042): read and add, never change or remove.
            EXECUTE format('REVOKE ALL ON %I FROM giamsat_writer', t.relname);
            EXECUTE format('GRANT SELECT, INSERT ON %I TO giamsat_writer', t.relname);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO giamsat_writer', t.relname);
            EXECUTE format('REVOKE TRUNCATE, REFERENCES, TRIGGER ON %I FROM giamsat_writer', t.relname);
        END IF;
    END LOOP;
END
$$;
