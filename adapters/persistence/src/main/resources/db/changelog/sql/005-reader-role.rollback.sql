-- Takes back what 005-reader-role granted in this database; the cluster-wide role stays for other databases.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'giamsat_reader') THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM giamsat_reader;
        REVOKE USAGE ON SCHEMA public FROM giamsat_reader;
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM giamsat_reader', current_database());
    END IF;
END
$$;
