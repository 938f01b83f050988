-- Issue 19.2 (decision 048): the supervised units hand in their report.
-- unit_report_due: the due date the council office set for one unit of a round (replaced when set again, audited).
-- Without a row, the due date is the unit's first dated visit less the report lead time of the law in force on the
-- round's date (decision 039), computed where it is read; no row and no dated visit: no due date.
CREATE TABLE unit_report_due (
    id        uuid         PRIMARY KEY,
    round_id  uuid         NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    unit_id   uuid         NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    due_date  date         NOT NULL,
    set_by    varchar(255) NOT NULL,
    set_at    timestamptz  NOT NULL,
    UNIQUE (round_id, unit_id)
);
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON unit_report_due
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER audit_truncate AFTER TRUNCATE ON unit_report_due
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();

-- unit_report_version: each hand-in of a unit's report is a new row, never changed or removed: the file as received
-- and the unit's self-reported figures for the round as they stood at that moment (one "key<TAB>value" line each),
-- so the round page can say what changed after the due date. Append-only as recommendation_progress (782): change
-- set 690 grants SELECT and INSERT alone to a table whose comment begins with "append-only", and a trigger refuses
-- UPDATE and DELETE for every role.
CREATE TABLE unit_report_version (
    id              uuid          PRIMARY KEY,
    round_id        uuid          NOT NULL REFERENCES supervision_round (id),
    unit_id         uuid          NOT NULL REFERENCES administrative_unit (id),
    number          int           NOT NULL CHECK (number >= 1),
    handed_in_at    timestamptz   NOT NULL,
    handed_in_by    varchar(255)  NOT NULL,
    handed_in_name  varchar(300)  NOT NULL,
    file_name       varchar(200)  NOT NULL,
    file_type       varchar(10)   NOT NULL,
    file_sha256     char(64)      NOT NULL,
    content         bytea         NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 10485760),
    figures         text          NOT NULL,
    note            varchar(2000),
    UNIQUE (round_id, unit_id, number)
);
COMMENT ON TABLE unit_report_version IS 'append-only: units'' report hand-ins, one row per version (decision 048)';

CREATE FUNCTION unit_report_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'unit_report_version is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON unit_report_version
    FOR EACH ROW EXECUTE FUNCTION unit_report_version_refuse_change();
ALTER TABLE unit_report_version ENABLE ALWAYS TRIGGER append_only;
REVOKE EXECUTE ON FUNCTION unit_report_version_refuse_change() FROM PUBLIC;
