-- Rollback of 842: dossier_import_months as changelog 790 made it.
-- After the COPY: the import's partitions become exactly its months (the months where it has dossiers). Rows that
-- fell outside the window are moved out of the default partition into partitions of their own; only they are
-- written twice. Refuses when a partition it would drop is not empty (the months given are wrong).
CREATE OR REPLACE FUNCTION dossier_import_months(import_id bigint, months date[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staging text := 'dossier_i' || import_id;
    other text := staging || '_other';
    leaf record;
    m date;
    missing date[];
    nonempty boolean;
BEGIN
    IF to_regclass(staging) IS NULL OR to_regclass(other) IS NULL THEN
        RAISE EXCEPTION 'import % has no staging table', import_id;
    END IF;
    FOR leaf IN SELECT c.relname, to_date(right(c.relname, 6), 'YYYYMM') AS month
                  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                 WHERE i.inhparent = to_regclass(staging) AND c.relname <> other
    LOOP
        IF NOT leaf.month = ANY (months) THEN
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', leaf.relname) INTO nonempty;
            IF nonempty THEN
                RAISE EXCEPTION 'partition % has dossiers but its month is not among the import''s', leaf.relname;
            END IF;
            EXECUTE format('DROP TABLE %I', leaf.relname);
        END IF;
    END LOOP;
    SELECT array_agg(x ORDER BY x) INTO missing FROM unnest(months) x
     WHERE to_regclass(staging || '_m' || to_char(x, 'YYYYMM')) IS NULL;
    IF missing IS NULL THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', other) INTO nonempty;
        IF nonempty THEN
            RAISE EXCEPTION 'import % has dossiers outside the months given', import_id;
        END IF;
        EXECUTE format('DROP TABLE %I', other);
    ELSE
        EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', staging, other);
        FOREACH m IN ARRAY missing LOOP
            PERFORM dossier_month_partition(staging, m);
        END LOOP;
        -- Fails (no partition for the row) if the default held a month not given.
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', staging, other);
        EXECUTE format('DROP TABLE %I', other);
    END IF;
END;
$$;

