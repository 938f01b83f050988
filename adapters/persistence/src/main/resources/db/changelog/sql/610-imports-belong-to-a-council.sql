-- Issue 14, items 2 and 16 (decision 019). An export belongs to a council (the unit of the importer's jurisdiction
-- chosen at import): its key is unique within that council only, so one council can never replace another's import.
-- An attempt is written when it starts (STARTED, no end yet) and completed when it ends; one whose process died
-- stays STARTED and is shown as interrupted. NULL council: an import of the system itself (tools, benchmarks).
ALTER TABLE dossier_import ADD COLUMN council_code varchar(5);
ALTER TABLE dossier_import_attempt ADD COLUMN council_code varchar(5);
ALTER TABLE dossier_import_attempt ADD COLUMN failure varchar(500);
ALTER TABLE dossier_import_attempt ALTER COLUMN finished_at DROP NOT NULL;
ALTER TABLE dossier_import_attempt DROP CONSTRAINT dossier_import_attempt_status_check;
ALTER TABLE dossier_import_attempt ADD CONSTRAINT dossier_import_attempt_status_check
    CHECK (status IN ('IMPORTED', 'UNCHANGED', 'REJECTED', 'CANCELLED', 'FAILED', 'STARTED'));

-- Imports made before: each belongs to the smallest province or district (codes of 2 or 3 digits; 5 is a commune)
-- holding every unit its dossiers were counted under: the council that exported them is at least that large, and its
-- staff's jurisdiction is that unit. None found (units without a common province): NULL, the system's.
WITH RECURSIVE ancestor(unit_code, id, code, parent_id) AS (
    SELECT u.code, u.id, u.code, u.parent_id FROM administrative_unit u
    UNION
    SELECT a.unit_code, p.id, p.code, p.parent_id FROM ancestor a JOIN administrative_unit p ON p.id = a.parent_id
), used AS (
    SELECT DISTINCT import_id, unit_code FROM dossier_figures_unit
), holder AS (
    SELECT u.import_id, a.code
      FROM used u JOIN ancestor a ON a.unit_code = u.unit_code
     WHERE length(a.code) <= 3
     GROUP BY u.import_id, a.code
    HAVING count(DISTINCT u.unit_code) = (SELECT count(*) FROM used w WHERE w.import_id = u.import_id)
), smallest AS (
    SELECT DISTINCT ON (import_id) import_id, code FROM holder ORDER BY import_id, length(code) DESC, code
)
UPDATE dossier_import i SET council_code = s.code FROM smallest s WHERE s.import_id = i.id AND i.council_code IS NULL;
-- Their attempts: the council of the import they made or found, else of the export's current import.
UPDATE dossier_import_attempt a SET council_code = coalesce(
        (SELECT i.council_code FROM dossier_import i WHERE i.id = a.import_id),
        (SELECT i.council_code FROM dossier_import i WHERE i.export_key = a.export_key))
 WHERE a.council_code IS NULL;

-- Keys are per council. NULL (the system's own imports) counts as one council of its own.
DROP INDEX dossier_import_export;
CREATE UNIQUE INDEX dossier_import_council_export ON dossier_import (coalesce(council_code, ''), export_key);
CREATE INDEX dossier_import_attempt_council ON dossier_import_attempt (council_code, started_at DESC, id DESC);
