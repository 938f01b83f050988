-- Every import attempt, whatever its end, for the history screen: who, when, which file, how it ended. Written
-- in the import's transaction when it imports, in its own statement after the rollback otherwise (a refused or
-- cancelled import leaves no dossier, figure or partition, only this line saying it was tried).
CREATE TABLE dossier_import_attempt (
    id             bigserial    PRIMARY KEY,
    export_key     varchar(100) NOT NULL,
    file_name      varchar(255) NOT NULL,
    sha256         char(64),                 -- null when the file could not be read to the end
    import_id      bigint,                   -- the import it created (IMPORTED) or found (UNCHANGED)
    status         varchar(12)  NOT NULL CHECK (status IN ('IMPORTED', 'UNCHANGED', 'REJECTED', 'CANCELLED', 'FAILED')),
    row_count      bigint       NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    rejected_count bigint       NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
    replaced_rows  bigint       NOT NULL DEFAULT 0 CHECK (replaced_rows >= 0),
    started_at     timestamptz  NOT NULL,
    finished_at    timestamptz  NOT NULL DEFAULT clock_timestamp(),
    imported_by    varchar(200) NOT NULL
);
CREATE INDEX dossier_import_attempt_recent ON dossier_import_attempt (started_at DESC, id DESC);

ALTER TABLE dossier_import ADD COLUMN imported_by varchar(200);

-- The 64-bit hashes of each import's dossier codes, sorted, in chunks: a new import compares its codes with every
-- other export's by merging sorted lists (8 bytes a dossier) instead of joining against all stored dossiers.
-- Written with the import, deleted with it.
CREATE TABLE dossier_import_code_hashes (
    import_id bigint  NOT NULL,
    chunk     integer NOT NULL,
    hashes    bytea   NOT NULL,            -- big-endian signed longs, ascending
    PRIMARY KEY (import_id, chunk)
);
ALTER TABLE dossier_import_code_hashes ALTER COLUMN hashes SET STORAGE EXTERNAL;  -- random bits: no compression
