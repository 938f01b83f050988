-- Of the dossiers resolved that day (early, on time or late; not withdrawn), those whose result was digitized
-- (the export's optional column so_hoa_ket_qua = 1) and those whose row does not say (empty cell). Both null when
-- the export had no such column, as late_with_apology. They give indicator 5a of the Decision 766 index
-- (RESULTS_ELECTRONIC, issue 18, decision 052): one resolved dossier of the period that does not say leaves the
-- count not reported, never 0 and never a rate over the dossiers that happened to say.
ALTER TABLE dossier_tally
    ADD COLUMN resolved_digitized         integer,
    ADD COLUMN resolved_digitized_unknown integer,
    ADD CONSTRAINT dossier_tally_digitized_check CHECK (
        (resolved_digitized IS NULL) = (resolved_digitized_unknown IS NULL)
        AND resolved_digitized >= 0 AND resolved_digitized_unknown >= 0
        AND resolved_digitized + resolved_digitized_unknown <= early + on_time + late);
COMMENT ON COLUMN dossier_tally.resolved_digitized IS
    'Resolved that day with a digitized result (so_hoa_ket_qua = 1); null: the export had no such column';
COMMENT ON COLUMN dossier_tally.resolved_digitized_unknown IS
    'Resolved that day whose row left so_hoa_ket_qua empty; null: the export had no such column';

-- Imports stored before: an import one of whose dossiers states the flag had the column (an import without it
-- wrote null for every dossier, and then stays null here, which reads the same: not reported).
CREATE TEMPORARY TABLE digitized_imports ON COMMIT DROP AS
    SELECT DISTINCT import_id FROM dossier WHERE result_digitized IS NOT NULL;
UPDATE dossier_tally SET resolved_digitized = 0, resolved_digitized_unknown = 0
 WHERE import_id IN (SELECT import_id FROM digitized_imports);
UPDATE dossier_tally t SET resolved_digitized = c.yes, resolved_digitized_unknown = c.unknown
  FROM (SELECT d.import_id, d.unit_code, CAST(d.resolved_at AS date) AS day,
               count(*) FILTER (WHERE d.result_digitized) AS yes,
               count(*) FILTER (WHERE d.result_digitized IS NULL) AS unknown
          FROM dossier d
         WHERE d.import_id IN (SELECT import_id FROM digitized_imports)
           AND NOT d.withdrawn AND d.resolved_at IS NOT NULL AND d.outcome IN ('EARLY', 'ON_TIME', 'LATE')
         GROUP BY 1, 2, 3) c
 WHERE t.import_id = c.import_id AND t.unit_code = c.unit_code AND t.day = c.day;
