ALTER TABLE dossier_tally DROP CONSTRAINT dossier_tally_digitized_check,
    DROP COLUMN resolved_digitized, DROP COLUMN resolved_digitized_unknown;
