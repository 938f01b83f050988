-- Evidence files and comments on recommendations (decision 010). They belong to the round (deleted with it) but
-- not to a recommendation row: the rounds adapter rewrites a round's recommendations on every save, so a foreign
-- key to recommendation with ON DELETE CASCADE would delete every file at the next edit of the round. The
-- recommendation id is stable across saves; the application checks it against the loaded round.
CREATE TABLE recommendation_evidence (
    id                uuid          PRIMARY KEY,
    round_id          uuid          NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    recommendation_id uuid          NOT NULL,
    file_name         varchar(150)  NOT NULL CHECK (file_name <> ''),
    file_type         varchar(10)   NOT NULL CHECK (file_type IN ('PDF', 'PNG', 'JPEG', 'DOCX', 'XLSX')),
    size_bytes        int           NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    -- bytea, not large objects: a file of at most 10 MB is stored, deleted, backed up (pg_dump) and
    -- rolled back with its row, and needs no lo_unlink or grants of its own.
    content           bytea         NOT NULL,
    uploaded_by       varchar(200)  NOT NULL,
    uploaded_by_name  varchar(300)  NOT NULL,
    uploaded_at       timestamptz   NOT NULL,
    CHECK (octet_length(content) = size_bytes)
);
-- PDF, images and Office files are compressed already: do not spend time trying to compress them again.
ALTER TABLE recommendation_evidence ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX recommendation_evidence_of ON recommendation_evidence (round_id, recommendation_id, uploaded_at);

CREATE TABLE recommendation_comment (
    id                uuid          PRIMARY KEY,
    round_id          uuid          NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    recommendation_id uuid          NOT NULL,
    text              varchar(2000) NOT NULL CHECK (text <> ''),
    author            varchar(200)  NOT NULL,
    author_name       varchar(300)  NOT NULL,
    written_at        timestamptz   NOT NULL
);
CREATE INDEX recommendation_comment_of ON recommendation_comment (round_id, recommendation_id, written_at);
