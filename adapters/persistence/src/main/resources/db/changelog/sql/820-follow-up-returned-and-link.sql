-- Follow-up as it happens, admin form (issue 19 item 5, decision 049): the council office may return a unit's
-- progress report with a reason instead of accepting it (kind RETURNED, naming the report it answers; the unique
-- index on report_id keeps one answer per report), and a report may carry an http(s) link to its evidence besides
-- a file. Changes of the table's definition only: its rows stay as written (append-only, change set 782).
ALTER TABLE recommendation_progress DROP CONSTRAINT recommendation_progress_kind_check;
ALTER TABLE recommendation_progress ADD CONSTRAINT recommendation_progress_kind_check
    CHECK (kind IN ('REPORTED', 'ACCEPTED', 'RETURNED'));
ALTER TABLE recommendation_progress DROP CONSTRAINT recommendation_progress_acceptance;
ALTER TABLE recommendation_progress ADD CONSTRAINT recommendation_progress_acceptance
    CHECK ((kind IN ('ACCEPTED', 'RETURNED')) = (report_id IS NOT NULL));
ALTER TABLE recommendation_progress ADD CONSTRAINT recommendation_progress_return_reason
    CHECK (kind <> 'RETURNED' OR text IS NOT NULL);
ALTER TABLE recommendation_progress ADD COLUMN evidence_link varchar(2000)
    CHECK (evidence_link ~* '^https?://\S+$');
