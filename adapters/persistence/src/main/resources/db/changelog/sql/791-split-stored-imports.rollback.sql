-- Each month-partitioned import becomes one plain table again (changelog 632's shape); its months are forgotten.
DO $$
DECLARE
    i record;
    cols text;
BEGIN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute WHERE attrelid = 'dossier'::regclass AND attnum > 0 AND NOT attisdropped;
    FOR i IN SELECT c.relname, CAST(substr(c.relname, 10) AS bigint) AS id
               FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid
              WHERE h.inhparent = 'dossier'::regclass AND c.relkind = 'p'
    LOOP
        EXECUTE format('ALTER TABLE dossier DETACH PARTITION %I', i.relname);
        EXECUTE format('ALTER TABLE %I RENAME TO %I', i.relname, i.relname || '_months');
        EXECUTE format('CREATE TABLE %I (LIKE dossier INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                       'CONSTRAINT %I CHECK (import_id = %s))', i.relname, i.relname || '_import', i.id);
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I', i.relname, cols, cols, i.relname || '_months');
        EXECUTE format('DROP TABLE %I', i.relname || '_months');
        EXECUTE format('ALTER TABLE dossier ATTACH PARTITION %I FOR VALUES IN (%s)', i.relname, i.id);
    END LOOP;
    DELETE FROM dossier_month;
END
$$;
