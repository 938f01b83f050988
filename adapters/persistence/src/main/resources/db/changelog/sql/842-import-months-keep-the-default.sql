-- Change set 842 (issue 20, decision 056): after the COPY, the rows that fell outside the staging window (the default
-- partition, changelog 790) are no longer all written a second time. The default partition itself becomes the
-- partition of one of their months, the one with the most dossiers (dossier_month, written by the import just
-- before); only the rows of the other months outside the window are moved. ATTACH reads that partition once to check
-- its bound (a scan, no write), and refuses it if a row of a month not given is left in it, as the INSERT did.
-- An import of a year's file made a year later (the benchmark's files) had a whole month outside the window:
-- ~83,000 of a million rows written twice, 0.14-0.68 s of the import (docs/performance.md).
CREATE OR REPLACE FUNCTION dossier_import_months(import_id bigint, months date[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staging text := 'dossier_i' || import_id;
    other text := staging || '_other';
    leaf record;
    m date;
    missing date[];
    moved date[];
    kept date;
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
        RETURN;
    END IF;
    -- The month the default partition becomes: the one with the most dossiers (the first, when dossier_month does
    -- not have them yet, as in dossier_import_split).
    SELECT x INTO kept FROM unnest(missing) x
      LEFT JOIN dossier_month d ON d.import_id = dossier_import_months.import_id AND d.month = x
     ORDER BY d.dossiers DESC NULLS LAST, x LIMIT 1;
    SELECT array_agg(x ORDER BY x) INTO moved FROM unnest(missing) x WHERE x <> kept;
    EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', staging, other);
    IF moved IS NOT NULL THEN
        FOREACH m IN ARRAY moved LOOP
            PERFORM dossier_month_partition(staging, m);
            EXECUTE format('INSERT INTO %I SELECT * FROM %I WHERE received_at >= %L AND received_at < %L', staging,
                           other, m, CAST(m AS timestamp) + interval '1 month');
        END LOOP;
        EXECUTE format('DELETE FROM %I o USING unnest(%L::date[]) x WHERE o.received_at >= x'
                       ' AND o.received_at < CAST(x AS timestamp) + interval ''1 month''', other, moved);
    END IF;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', other, staging || '_m' || to_char(kept, 'YYYYMM'));
    -- Reads the table once; fails (a row violates the partition constraint) if it holds a month not given.
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', staging,
                   staging || '_m' || to_char(kept, 'YYYYMM'), kept, CAST(kept AS timestamp) + interval '1 month');
END;
$$;
