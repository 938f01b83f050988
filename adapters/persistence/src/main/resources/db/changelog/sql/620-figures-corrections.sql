-- Corrections (đính chính) of figures that a round's report froze (issue 14.3, decision 020). A correction is
-- proposed (PENDING), then reviewed once (APPROVED or REJECTED) and never changed again nor deleted. Before and after
-- are the whole figures, as a published snapshot holds them (counts as numbers, "not reported" as null, never 0).
CREATE TABLE figures_correction (
    id               uuid          PRIMARY KEY,
    round_id         uuid          NOT NULL REFERENCES supervision_round (id),
    unit_id          uuid          NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    period_from      date          NOT NULL,
    period_to        date          NOT NULL,
    before           jsonb         NOT NULL,
    after            jsonb         NOT NULL,
    reason           varchar(2000) NOT NULL CHECK (btrim(reason) <> ''),
    proposed_by      varchar(200)  NOT NULL,
    proposed_by_name varchar(300)  NOT NULL,
    proposed_at      timestamptz   NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    reviewed_by      varchar(200),
    reviewed_by_name varchar(300),
    reviewed_at      timestamptz,
    CONSTRAINT figures_correction_review CHECK (
        (status = 'PENDING') = (reviewed_by IS NULL) AND (reviewed_by IS NULL) = (reviewed_at IS NULL)
        AND (reviewed_by IS NULL) = (reviewed_by_name IS NULL)),
    -- four eyes, in the database too: whoever proposed a correction does not approve it
    CONSTRAINT figures_correction_four_eyes CHECK (status <> 'APPROVED' OR reviewed_by <> proposed_by)
);
CREATE INDEX figures_correction_round ON figures_correction (round_id, proposed_at);

-- A review is final: only a pending correction may be updated, and nothing is ever deleted.
CREATE FUNCTION refuse_reviewed_correction_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'PENDING' AND NEW.id = OLD.id AND NEW.round_id = OLD.round_id
            AND NEW.before = OLD.before AND NEW.after = OLD.after AND NEW.reason = OLD.reason
            AND NEW.proposed_by = OLD.proposed_by AND NEW.proposed_at = OLD.proposed_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'figures correction % is % and cannot be changed or deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER figures_correction_final
    BEFORE UPDATE OR DELETE ON figures_correction
    FOR EACH ROW EXECUTE FUNCTION refuse_reviewed_correction_change();

CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON figures_correction
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER audit_truncate AFTER TRUNCATE ON figures_correction
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
