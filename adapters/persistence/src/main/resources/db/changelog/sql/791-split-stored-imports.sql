-- Imports stored before changelog 790 (one plain table each) are split into month partitions, so every import has
-- the same shape and any month can be archived. Their rows are written once more, here only.
DO $$
DECLARE
    i record;
BEGIN
    FOR i IN SELECT CAST(substr(c.relname, 10) AS bigint) AS id
               FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid
              WHERE h.inhparent = 'dossier'::regclass AND c.relkind = 'r' AND c.relname ~ '^dossier_i[0-9]+$'
              ORDER BY 1
    LOOP
        PERFORM dossier_import_split(i.id);
    END LOOP;
END
$$;
