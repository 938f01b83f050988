-- Takes back 690: the application's rights on the owner's tables and sequences.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname, c.relkind FROM pg_class c
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                AND pg_get_userbyid(c.relowner) = 'giamsat_owner'
    LOOP
        EXECUTE format('REVOKE ALL ON %s %I FROM giamsat_writer', CASE WHEN t.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                       t.relname);
    END LOOP;
END
$$;
