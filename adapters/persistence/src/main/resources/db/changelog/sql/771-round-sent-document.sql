-- Issue 19.1 (decision 039). The documents a round sent before the visits: the plan, the decision forming the
-- delegation, and a notice with the report outline to each supervised unit, each with its date of sending, which
-- the legal lead times are checked against. Replaced with the round's other children on every save, and audited.
CREATE TABLE round_document (
    id       uuid         PRIMARY KEY,
    round_id uuid         NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    position int          NOT NULL,
    kind     varchar(30)  NOT NULL CHECK (kind IN ('PLAN', 'DELEGATION_DECISION', 'UNIT_NOTICE')),
    unit_id  uuid         REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    number   varchar(60)  NOT NULL CHECK (char_length(number) BETWEEN 1 AND 60),
    sent_on  date         NOT NULL,
    CONSTRAINT round_document_notice_has_unit CHECK ((kind = 'UNIT_NOTICE') = (unit_id IS NOT NULL)),
    UNIQUE (round_id, position)
);
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON round_document
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER audit_truncate AFTER TRUNCATE ON round_document
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
