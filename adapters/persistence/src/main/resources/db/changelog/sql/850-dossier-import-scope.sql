-- Decision 054: a dossier belongs to one export, checked within the province. Each import records the provinces its
-- dossiers' units belong to; a new import compares its codes with the imports that share one of its provinces (or
-- that have none recorded: imported by a release before this one), not with every import of the country.
-- Written with the import (by the import's transaction), deleted with it.
CREATE TABLE dossier_import_scope (
    import_id     bigint     NOT NULL REFERENCES dossier_import (id) ON DELETE CASCADE,
    province_code varchar(5) NOT NULL,
    PRIMARY KEY (province_code, import_id)
);
CREATE INDEX dossier_import_scope_import ON dossier_import_scope (import_id);

-- The provinces the units with these codes belong to: the top of every unit that ever had one of the codes (a code
-- is reused after a merger), of every unit above it, and of every unit any of them went on as (successors, after a
-- merger or split, provinces included). Over-inclusive on purpose: an import compared with one export too many is
-- only slower; one compared with one too few could count a dossier twice.
CREATE FUNCTION dossier_scope_provinces(codes varchar[]) RETURNS SETOF varchar
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE reach(id) AS (
        SELECT id FROM administrative_unit WHERE code = ANY (codes)
        UNION
        SELECT next.id FROM reach r CROSS JOIN LATERAL (
            SELECT u.parent_id AS id FROM administrative_unit u WHERE u.id = r.id AND u.parent_id IS NOT NULL
            UNION ALL
            SELECT s.successor_id FROM unit_successor s WHERE s.unit_id = r.id) next)
    SELECT DISTINCT u.code::varchar FROM reach JOIN administrative_unit u USING (id) WHERE u.parent_id IS NULL
$$;
GRANT EXECUTE ON FUNCTION dossier_scope_provinces(varchar[]) TO giamsat_writer;
