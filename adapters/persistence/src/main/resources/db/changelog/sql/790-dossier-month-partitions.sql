-- Issue 20 item 3, decision 045: each import's partition of "dossier" is itself partitioned by month of receipt,
-- so a month (or a year) of every import can be detached into an archive table, dumped and dropped without
-- touching the other months. All the DDL runs as the owner (decision 021), like changelog 632.

-- What each import holds per month of receipt, written by the import (counted while the file streams by, so no
-- second pass over the rows): how many dossiers, the span of their due dates (a calendar edit reads only the
-- months whose due dates it can move), and whether they are all closed (archiving a month changes the figures of
-- every period in which one of its dossiers was still open).
CREATE TABLE dossier_month (
    import_id     bigint    NOT NULL REFERENCES dossier_import (id) ON DELETE CASCADE,
    month         date      NOT NULL CHECK (extract(day FROM month) = 1),
    dossiers      bigint    NOT NULL CHECK (dossiers > 0),
    due_from      timestamp NOT NULL,
    due_to        timestamp NOT NULL CHECK (due_to >= due_from),
    open_dossiers bigint    NOT NULL CHECK (open_dossiers BETWEEN 0 AND dossiers),
    closed_to     timestamp,              -- the last closing (resolution, or withdrawal) of its closed dossiers
    archive       varchar(63),            -- set when the month was detached into that archive table
    PRIMARY KEY (import_id, month)
);
CREATE INDEX dossier_month_month ON dossier_month (month);

-- The archives made by dossier_archive_detach, and when each was dropped.
CREATE TABLE dossier_archive (
    name           varchar(63) PRIMARY KEY,
    first_month    date        NOT NULL,
    last_month     date        NOT NULL CHECK (last_month >= first_month),
    dossiers       bigint      NOT NULL,
    partitions     int         NOT NULL,
    -- Figures of a period that starts on or after this day read none of the archived dossiers (all closed before).
    unchanged_from date,
    detached_at    timestamptz NOT NULL DEFAULT now(),
    detached_by    text        NOT NULL DEFAULT session_user,
    dropped_at     timestamptz
);

-- One month partition of an import's table. No CHECK of its month: the COPY would evaluate it on every row (the
-- partition bound is not checked on routed rows), and only archiving needs it, where ATTACH reads that month once.
CREATE FUNCTION dossier_month_partition(parent text, month date) RETURNS text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    leaf text := parent || '_m' || to_char(month, 'YYYYMM');
BEGIN
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', leaf, parent, month,
                   month + interval '1 month');
    RETURN leaf;
END;
$$;
REVOKE EXECUTE ON FUNCTION dossier_month_partition(text, date) FROM PUBLIC;

-- The staging table of an import, partitioned by month of receipt: a partition for each month of the window the
-- import expects (the months before its day), and a default one for any other month. The file's months are known
-- only once it has been read; dossier_import_months then drops the empty partitions and moves the default's rows.
CREATE FUNCTION dossier_import_stage(import_id bigint, first_month date, last_month date) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staging text := 'dossier_i' || import_id;
    m date := first_month;
BEGIN
    IF import_id IS NULL OR import_id <= 0 THEN
        RAISE EXCEPTION 'not an import id: %', import_id;
    END IF;
    IF first_month IS NULL OR last_month IS NULL OR extract(day FROM first_month) <> 1
            OR extract(day FROM last_month) <> 1 OR last_month < first_month
            OR last_month > first_month + interval '10 years' THEN
        RAISE EXCEPTION 'not a window of months: % to %', first_month, last_month;
    END IF;
    -- Its CHECK lets ATTACH skip scanning it (every partition inherits it).
    EXECUTE format('CREATE TABLE %I (LIKE dossier INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT %I CHECK (import_id = %s)) PARTITION BY RANGE (received_at)',
                   staging, staging || '_import', import_id);
    EXECUTE format('ALTER TABLE %I ALTER COLUMN import_id SET DEFAULT %s', staging, import_id);
    WHILE m <= last_month LOOP
        PERFORM dossier_month_partition(staging, m);
        m := m + interval '1 month';
    END LOOP;
    EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', staging || '_other', staging);
    RETURN staging;
END;
$$;

-- After the COPY: the import's partitions become exactly its months (the months where it has dossiers). Rows that
-- fell outside the window are moved out of the default partition into partitions of their own; only they are
-- written twice. Refuses when a partition it would drop is not empty (the months given are wrong).
CREATE FUNCTION dossier_import_months(import_id bigint, months date[]) RETURNS void
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

-- An import stored before this change set (one plain table, changelog 632) becomes the same shape as a new one:
-- its rows are copied into month partitions (the only time they are written again) and its months are counted.
CREATE FUNCTION dossier_import_split(import_id bigint) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staging text := 'dossier_i' || import_id;
    legacy text := 'dossier_i' || import_id || '_legacy';
    months date[];
    cols text;
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = to_regclass(staging)) IS DISTINCT FROM 'r' THEN
        RETURN 0;   -- already split, or no such import
    END IF;
    EXECUTE format('SELECT array_agg(DISTINCT CAST(date_trunc(''month'', received_at) AS date)) FROM %I', staging)
       INTO months;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute WHERE attrelid = 'dossier'::regclass AND attnum > 0 AND NOT attisdropped;
    EXECUTE format('ALTER TABLE dossier DETACH PARTITION %I', staging);
    EXECUTE format('ALTER TABLE %I RENAME TO %I', staging, legacy);
    EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', legacy, staging || '_import', legacy || '_import');
    IF months IS NULL THEN
        months := ARRAY[]::date[];
        PERFORM dossier_import_stage(import_id, date '2000-01-01', date '2000-01-01');
    ELSE
        PERFORM dossier_import_stage(import_id, (SELECT min(x) FROM unnest(months) x),
                                                (SELECT max(x) FROM unnest(months) x));
    END IF;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I', staging, cols, cols, legacy);
    PERFORM dossier_import_months(import_id, months);
    EXECUTE format('ALTER TABLE dossier ATTACH PARTITION %I FOR VALUES IN (%s)', staging, import_id);
    EXECUTE format('DROP TABLE %I', legacy);
    -- Its months, as the import counts them.
    EXECUTE format($q$
        INSERT INTO dossier_month (import_id, month, dossiers, due_from, due_to, open_dossiers, closed_to)
        SELECT %s, CAST(date_trunc('month', received_at) AS date), count(*), min(due_at), max(due_at),
               count(*) FILTER (WHERE closed_at IS NULL), max(closed_at)
          FROM (SELECT received_at, due_at,
                       CASE WHEN withdrawn THEN coalesce(resolved_at, received_at) ELSE resolved_at END AS closed_at
                  FROM %I) d
         GROUP BY 2$q$, import_id, staging);
    RETURN coalesce(array_length(months, 1), 0);
END;
$$;

-- Archiving: the month partitions of every import received from first_month to last_month are detached from
-- "dossier" into one archive table (partitioned by import, then by month, as "dossier" is), which a pg_dump can save
-- before dossier_archive_drop drops it (docs/backup.md). Nothing is copied or written; attaching a month to the
-- archive reads that month once (to check its bound); the other months are not read.
-- Refused while a round that is not published yet has a period whose figures read these dossiers: from the first
-- month to the last closing of one of them (to ever, while one is still open).
CREATE FUNCTION dossier_archive_detach(first_month date, last_month date)
RETURNS TABLE (archive text, dossiers bigint, partitions int, unchanged_from date)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    target text;
    total bigint;
    still_open bigint;
    settled timestamp;
    parts int;
    blocking text;
    sub text;
    leaf record;
BEGIN
    IF first_month IS NULL OR last_month IS NULL OR extract(day FROM first_month) <> 1
            OR extract(day FROM last_month) <> 1 OR last_month < first_month THEN
        RAISE EXCEPTION 'give the first day of the first and of the last month: % to %', first_month, last_month;
    END IF;
    target := 'dossier_archive_' || CASE
        WHEN first_month = last_month THEN to_char(first_month, 'YYYYMM')
        WHEN extract(month FROM first_month) = 1 AND last_month = first_month + interval '11 months'
            THEN to_char(first_month, 'YYYY')
        ELSE to_char(first_month, 'YYYYMM') || '_' || to_char(last_month, 'YYYYMM') END;
    IF to_regclass(target) IS NOT NULL OR EXISTS (SELECT 1 FROM dossier_archive a WHERE a.name = target) THEN
        RAISE EXCEPTION 'archive % exists already', target;
    END IF;
    -- No calendar edit (JdbcWorkingCalendar.tryLockForEdit) and no import's merge (PgDossierImport) while the
    -- partitions move.
    PERFORM pg_advisory_xact_lock(hashtext('dossier-calendar-edit'));
    PERFORM pg_advisory_xact_lock(hashtext('dossier-codes'));
    SELECT sum(m.dossiers), sum(m.open_dossiers), max(m.closed_to), count(*)
      INTO total, still_open, settled, parts
      FROM dossier_month m WHERE m.month BETWEEN first_month AND last_month AND m.archive IS NULL;
    IF parts = 0 THEN
        RAISE EXCEPTION 'no stored dossiers were received from % to %', first_month,
            CAST(last_month + interval '1 month' - interval '1 day' AS date);
    END IF;
    -- A calendar edit counts an import's tallies again from its stored dossiers (decision 044): an import with
    -- some months archived and others not would lose the archived ones' share. So whole imports only.
    SELECT string_agg(format('%s (%s)', i.id, i.export_key), ', ' ORDER BY i.id) INTO blocking
      FROM dossier_import i
     WHERE EXISTS (SELECT 1 FROM dossier_month m WHERE m.import_id = i.id AND m.archive IS NULL
                      AND m.month BETWEEN first_month AND last_month)
       AND EXISTS (SELECT 1 FROM dossier_month m WHERE m.import_id = i.id AND m.archive IS NULL
                      AND m.month NOT BETWEEN first_month AND last_month);
    IF blocking IS NOT NULL THEN
        RAISE EXCEPTION 'imports % also hold dossiers received outside these months: archive every month of an import '
            'together (dossier_month lists them)', blocking;
    END IF;
    SELECT string_agg(format('%s of %s (%s to %s, %s)', r.resolution_number, r.resolution_adopted_on, r.period_from,
                             r.period_to, r.status), '; ' ORDER BY r.period_from)
      INTO blocking
      FROM supervision_round r
     WHERE r.status NOT IN ('PUBLISHED', 'CLOSED') AND r.period_to >= first_month
       AND (still_open > 0 OR r.period_from <= CAST(settled AS date));
    IF blocking IS NOT NULL THEN
        RAISE EXCEPTION 'rounds not yet published read these dossiers (% of them, % still open): %',
            total, still_open, blocking;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE dossier INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (import_id)',
                   target);
    FOR leaf IN SELECT m.import_id, m.month FROM dossier_month m
                 WHERE m.month BETWEEN first_month AND last_month AND m.archive IS NULL
                 ORDER BY m.import_id, m.month
    LOOP
        sub := target || '_i' || leaf.import_id;
        IF to_regclass(sub) IS NULL THEN
            -- The CHECK has the name the import's partitions inherited, so they can be attached here.
            EXECUTE format('CREATE TABLE %I (LIKE dossier INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                           'CONSTRAINT %I CHECK (import_id = %s)) PARTITION BY RANGE (received_at)',
                           sub, 'dossier_i' || leaf.import_id || '_import', leaf.import_id);
            EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES IN (%s)', target, sub, leaf.import_id);
        END IF;
        EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', 'dossier_i' || leaf.import_id,
                       'dossier_i' || leaf.import_id || '_m' || to_char(leaf.month, 'YYYYMM'));
        EXECUTE format('ALTER TABLE %I RENAME TO %I', 'dossier_i' || leaf.import_id || '_m' || to_char(leaf.month, 'YYYYMM'),
                       sub || '_m' || to_char(leaf.month, 'YYYYMM'));
        EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', sub,
                       sub || '_m' || to_char(leaf.month, 'YYYYMM'), leaf.month, leaf.month + interval '1 month');
    END LOOP;
    UPDATE dossier_month m SET archive = target
     WHERE m.month BETWEEN first_month AND last_month AND m.archive IS NULL;
    INSERT INTO dossier_archive (name, first_month, last_month, dossiers, partitions, unchanged_from)
    VALUES (target, first_month, last_month, total, parts,
            CASE WHEN still_open = 0 THEN CAST(settled AS date) + 1 END);
    RETURN QUERY SELECT target, total, parts, CASE WHEN still_open = 0 THEN CAST(settled AS date) + 1 END;
END;
$$;

-- Drops an archive made by dossier_archive_detach (after its dump, docs/backup.md); its record stays.
CREATE FUNCTION dossier_archive_drop(archive text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    total bigint;
BEGIN
    SELECT a.dossiers INTO total FROM dossier_archive a WHERE a.name = archive AND a.dropped_at IS NULL;
    IF total IS NULL THEN
        RAISE EXCEPTION 'no archive % to drop (dossier_archive lists them)', archive;
    END IF;
    EXECUTE format('DROP TABLE %I', archive);
    UPDATE dossier_archive a SET dropped_at = now() WHERE a.name = archive;
    RETURN total;
END;
$$;

REVOKE EXECUTE ON FUNCTION dossier_import_stage(bigint, date, date), dossier_import_months(bigint, date[]),
    dossier_import_split(bigint), dossier_archive_detach(date, date), dossier_archive_drop(text) FROM PUBLIC;
-- The import calls these two; archiving is an operator's act, as the owner (docs/backup.md).
GRANT EXECUTE ON FUNCTION dossier_import_stage(bigint, date, date), dossier_import_months(bigint, date[])
    TO giamsat_writer;
