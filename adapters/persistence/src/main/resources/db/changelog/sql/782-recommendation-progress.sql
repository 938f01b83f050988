-- Follow-up that citizens see as it happens (issue 19 item 5, decision 042): a unit's progress reports on a
-- recommendation and the staff's acceptances, one row each, never changed or removed. The published report stays
-- as it was published; the portal reads the accepted entries of this record beside it.
-- Append-only: the application may only read and add (change set 690 grants SELECT and INSERT alone to a table whose
-- comment begins with "append-only"), and a trigger refuses UPDATE and DELETE for every role, its owner included.
-- No foreign key to recommendation: a round's save rewrites its recommendation rows (same ids), and the record
-- must outlive any such rewrite.
CREATE TABLE recommendation_progress (
    id                uuid          PRIMARY KEY,
    round_id          uuid          NOT NULL REFERENCES supervision_round (id),
    recommendation_id uuid          NOT NULL,
    kind              varchar(20)   NOT NULL CHECK (kind IN ('REPORTED', 'ACCEPTED')),
    report_id         uuid          REFERENCES recommendation_progress (id), -- the report an acceptance accepts
    status            varchar(20)   NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
    text              varchar(4000),
    evidence_id       uuid,                                                    -- a file of recommendation_evidence
    recorded_at       timestamptz   NOT NULL,
    recorded_by       varchar(255)  NOT NULL,
    recorded_by_name  varchar(200)  NOT NULL,
    CONSTRAINT recommendation_progress_acceptance CHECK ((kind = 'ACCEPTED') = (report_id IS NOT NULL))
);
CREATE UNIQUE INDEX recommendation_progress_accepted_once ON recommendation_progress (report_id);
CREATE INDEX recommendation_progress_of ON recommendation_progress (round_id, recommendation_id, recorded_at);
COMMENT ON TABLE recommendation_progress IS 'append-only: follow-up reports and acceptances (decision 042)';

CREATE FUNCTION recommendation_progress_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'recommendation_progress is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON recommendation_progress
    FOR EACH ROW EXECUTE FUNCTION recommendation_progress_refuse_change();
ALTER TABLE recommendation_progress ENABLE ALWAYS TRIGGER append_only;
REVOKE EXECUTE ON FUNCTION recommendation_progress_refuse_change() FROM PUBLIC;
