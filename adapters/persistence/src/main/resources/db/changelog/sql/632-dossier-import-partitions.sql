-- Each dossier import is one partition of "dossier" (changelog 300, decision 012): the import creates a staging
-- table, fills it by COPY, attaches it, and drops the partition of the import it replaces. Creating, attaching and
-- dropping a table take its owner, and the application owns nothing (decision 021). These functions do those three
-- steps as the owner, on the tables named dossier_i<import id> only; the application fills the table with COPY
-- FROM STDIN, which needs INSERT alone (granted by the owner's default privileges, changelog 630).

CREATE FUNCTION dossier_import_stage(import_id bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staging text := 'dossier_i' || import_id;
BEGIN
    IF import_id IS NULL OR import_id <= 0 THEN
        RAISE EXCEPTION 'not an import id: %', import_id;
    END IF;
    -- The staging table is the future partition: its CHECK lets ATTACH skip scanning it.
    EXECUTE format('CREATE TABLE %I (LIKE dossier INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT %I CHECK (import_id = %s))', staging, staging || '_import', import_id);
    EXECUTE format('ALTER TABLE %I ALTER COLUMN import_id SET DEFAULT %s', staging, import_id);
    RETURN staging;
END;
$$;

CREATE FUNCTION dossier_import_attach(import_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    EXECUTE format('ALTER TABLE dossier ATTACH PARTITION %I FOR VALUES IN (%s)', 'dossier_i' || import_id, import_id);
END;
$$;

-- The application may delete the rows of a partition anyway; dropping it is the fast way to.
CREATE FUNCTION dossier_import_drop(import_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    EXECUTE format('DROP TABLE IF EXISTS %I', 'dossier_i' || import_id);
END;
$$;

REVOKE EXECUTE ON FUNCTION dossier_import_stage(bigint), dossier_import_attach(bigint), dossier_import_drop(bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dossier_import_stage(bigint), dossier_import_attach(bigint), dossier_import_drop(bigint)
    TO giamsat_writer;
