-- Issue 19.3 (decision 040). The council's resolution or conclusion on the supervision results, on the round (all five
-- columns or none: NULL = not concluded yet, as every round stored before), and the council's answer on each
-- recommendation: PROPOSED until it concludes, then ADOPTED (followed up) or NOT_ADOPTED (kept, shown, not followed
-- up). Expand only: the previous release ignores the new columns.
ALTER TABLE supervision_round ADD COLUMN conclusion_kind varchar(20);
ALTER TABLE supervision_round ADD COLUMN conclusion_number varchar(60);
ALTER TABLE supervision_round ADD COLUMN conclusion_date date;
ALTER TABLE supervision_round ADD COLUMN conclusion_text text;
ALTER TABLE supervision_round ADD COLUMN conclusion_decisions text;
ALTER TABLE supervision_round ADD CONSTRAINT supervision_round_conclusion_whole CHECK (
    (conclusion_kind IS NULL AND conclusion_number IS NULL AND conclusion_date IS NULL AND conclusion_text IS NULL
        AND conclusion_decisions IS NULL)
    OR (conclusion_kind IN ('RESOLUTION', 'CONCLUSION') AND conclusion_number IS NOT NULL
        AND conclusion_date IS NOT NULL AND char_length(conclusion_text) BETWEEN 1 AND 8000
        AND char_length(conclusion_decisions) BETWEEN 1 AND 8000));
ALTER TABLE recommendation ADD COLUMN adoption varchar(20) NOT NULL DEFAULT 'PROPOSED';
ALTER TABLE recommendation ADD CONSTRAINT recommendation_adoption_known
    CHECK (adoption IN ('PROPOSED', 'ADOPTED', 'NOT_ADOPTED'));
