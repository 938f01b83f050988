-- The portal's role: it reads published versions and the public catalogues (units, procedures), nothing
-- else, and writes nothing. Drafts (rounds, figures) stay out of its reach. The role is created only if
-- missing, because roles belong to the whole cluster, not to this database. A migrating user without
-- CREATEROLE (a managed database) gets a notice instead of a failure; the operator then creates the role.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'giamsat_reader') THEN
        BEGIN
            CREATE ROLE giamsat_reader NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'cannot create role giamsat_reader: create it as an administrator, then re-run the migration';
        END;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'giamsat_reader') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO giamsat_reader', current_database());
        GRANT USAGE ON SCHEMA public TO giamsat_reader;
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM giamsat_reader;
        GRANT SELECT ON published_version, administrative_unit, unit_successor, procedure, unit_procedure
            TO giamsat_reader;
    END IF;
END
$$;
