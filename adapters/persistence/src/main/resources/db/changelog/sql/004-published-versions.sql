-- What the portal shows: immutable, versioned snapshots of a round's results. A correction is a new row.
CREATE TABLE published_version (
    round_id          uuid         NOT NULL REFERENCES supervision_round (id),
    version           int          NOT NULL CHECK (version >= 1),
    published_at      timestamptz  NOT NULL,
    published_by      varchar(120) NOT NULL,
    correction_reason varchar(2000),
    snapshot          jsonb        NOT NULL,
    PRIMARY KEY (round_id, version),
    -- the first version is a publication, every later one a correction with its reason
    CONSTRAINT published_version_reason CHECK ((version = 1) = (correction_reason IS NULL))
);
CREATE INDEX published_version_published_at ON published_version (published_at DESC);

CREATE FUNCTION refuse_published_version_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published version % of round % is immutable: publish a correction instead',
        OLD.version, OLD.round_id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER published_version_immutable
    BEFORE UPDATE OR DELETE ON published_version
    FOR EACH ROW EXECUTE FUNCTION refuse_published_version_change();
