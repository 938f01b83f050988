-- Fails, as it should, if two councils hold the same export key: the old schema cannot hold both.
DROP INDEX dossier_import_attempt_council;
DROP INDEX dossier_import_council_export;
CREATE UNIQUE INDEX dossier_import_export ON dossier_import (export_key);
-- Attempts under way or interrupted had no place in the old history: shown there as failed.
UPDATE dossier_import_attempt SET status = 'FAILED', finished_at = started_at WHERE status = 'STARTED';
UPDATE dossier_import_attempt SET finished_at = started_at WHERE finished_at IS NULL;
ALTER TABLE dossier_import_attempt DROP CONSTRAINT dossier_import_attempt_status_check;
ALTER TABLE dossier_import_attempt ADD CONSTRAINT dossier_import_attempt_status_check
    CHECK (status IN ('IMPORTED', 'UNCHANGED', 'REJECTED', 'CANCELLED', 'FAILED'));
ALTER TABLE dossier_import_attempt ALTER COLUMN finished_at SET NOT NULL;
ALTER TABLE dossier_import_attempt DROP COLUMN failure;
ALTER TABLE dossier_import_attempt DROP COLUMN council_code;
ALTER TABLE dossier_import DROP COLUMN council_code;
