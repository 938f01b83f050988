-- The database roles of Giám sát TTHC (decision 021). An administrator of the PostgreSQL server (a superuser) runs
-- this once, in the application's database, before the first migration; running it again is harmless: it creates
-- what is missing, puts every role back to its rights, and sets the passwords given.
--
--   psql -X -v ON_ERROR_STOP=1 -d giamsat -v migrator_password=... -v app_password=... -v portal_password=... \
--        -f giamsat-roles.sql
--
-- (an empty password leaves that login's password as it is). The compose file runs it at the database's first start
-- (deploy/compose/postgres/initdb.sh); the local run and the tests run the part below the marker from Java
-- (DatabaseRoles.createRoles), with the same settings.
--
--   giamsat_owner     NOLOGIN  owns the schema: tables, sequences, functions. Only migrations act as it.
--   giamsat_audit     NOLOGIN  owns the audit log (audit_log, audit_pending*, the audit_* functions), nothing else.
--   giamsat_writer    NOLOGIN  the application's rights: SELECT, INSERT, UPDATE, DELETE on the business tables.
--   giamsat_reader    NOLOGIN  the portal's rights: SELECT on what is published (changelog 005).
--   giamsat_migrator  LOGIN    the migrations' login: member of giamsat_owner (its sessions start as it) and of
--                              giamsat_audit (the audit change sets switch to it).
--   giamsat_app       LOGIN    the admin UI: member of giamsat_writer only.
--   giamsat_portal    LOGIN    the portal: member of giamsat_reader only, read-only by default.
-- None is a superuser, none may create roles or databases, and the two logins of the apps are members of nothing else.
SELECT set_config('giamsat.migrator_password', :'migrator_password', false),
       set_config('giamsat.app_password', :'app_password', false),
       set_config('giamsat.portal_password', :'portal_password', false);
-- roles --
DO $roles$
DECLARE
    r record;
    pw text;
BEGIN
    FOR r IN SELECT unnest(ARRAY['giamsat_owner', 'giamsat_audit', 'giamsat_writer', 'giamsat_reader']) AS name LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r.name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r.name);
        END IF;
        EXECUTE format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', r.name);
    END LOOP;
    FOR r IN SELECT * FROM (VALUES
            ('giamsat_migrator', 'giamsat.migrator_password', ARRAY['giamsat_owner', 'giamsat_audit']),
            ('giamsat_app', 'giamsat.app_password', ARRAY['giamsat_writer']),
            ('giamsat_portal', 'giamsat.portal_password', ARRAY['giamsat_reader'])) AS v (name, setting, groups)
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r.name) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', r.name);
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', r.name);
        pw := nullif(current_setting(r.setting, true), '');
        IF pw IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', r.name, pw);
        END IF;
        EXECUTE format('GRANT %s TO %I', (SELECT string_agg(quote_ident(g), ', ') FROM unnest(r.groups) g), r.name);
    END LOOP;
    -- The apps' logins hold their group's rights and no one else's: never the owner's, the audit's, or a
    -- predefined role's such as pg_execute_server_program (COPY ... TO PROGRAM) or pg_write_server_files.
    FOR r IN SELECT g.rolname AS grp, m.rolname AS member
               FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
              WHERE (m.rolname = 'giamsat_app' AND g.rolname <> 'giamsat_writer')
                 OR (m.rolname = 'giamsat_portal' AND g.rolname <> 'giamsat_reader')
                 OR (m.rolname IN ('giamsat_owner', 'giamsat_audit', 'giamsat_writer', 'giamsat_reader'))
    LOOP
        EXECUTE format('REVOKE %I FROM %I', r.grp, r.member);
    END LOOP;
    -- Migrations create as the owner, whoever logs in for them: objects never belong to a login.
    ALTER ROLE giamsat_migrator SET role = 'giamsat_owner';
    ALTER ROLE giamsat_portal SET default_transaction_read_only = on;
    -- Only the owner and the audit role create objects (before PostgreSQL 15 PUBLIC could too).
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    GRANT USAGE, CREATE ON SCHEMA public TO giamsat_owner, giamsat_audit;
    GRANT USAGE ON SCHEMA public TO giamsat_writer, giamsat_reader;
    -- The owner owns the database too: it adds trusted extensions (pg_trgm, changelog 401) and grants CONNECT to
    -- the portal's role (changelog 005).
    EXECUTE format('ALTER DATABASE %I OWNER TO giamsat_owner', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO giamsat_migrator, giamsat_writer', current_database());
END
$roles$;
