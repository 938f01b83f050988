-- Refused while a returned report exists: dropping it would break the append-only promise.
ALTER TABLE recommendation_progress DROP COLUMN evidence_link;
ALTER TABLE recommendation_progress DROP CONSTRAINT recommendation_progress_return_reason;
ALTER TABLE recommendation_progress DROP CONSTRAINT recommendation_progress_acceptance;
ALTER TABLE recommendation_progress ADD CONSTRAINT recommendation_progress_acceptance
    CHECK ((kind = 'ACCEPTED') = (report_id IS NOT NULL));
ALTER TABLE recommendation_progress DROP CONSTRAINT recommendation_progress_kind_check;
ALTER TABLE recommendation_progress ADD CONSTRAINT recommendation_progress_kind_check
    CHECK (kind IN ('REPORTED', 'ACCEPTED'));
