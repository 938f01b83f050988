ALTER TABLE recommendation DROP CONSTRAINT recommendation_adoption_known;
ALTER TABLE recommendation DROP COLUMN adoption;
ALTER TABLE supervision_round DROP CONSTRAINT supervision_round_conclusion_whole;
ALTER TABLE supervision_round DROP COLUMN conclusion_decisions;
ALTER TABLE supervision_round DROP COLUMN conclusion_text;
ALTER TABLE supervision_round DROP COLUMN conclusion_date;
ALTER TABLE supervision_round DROP COLUMN conclusion_number;
ALTER TABLE supervision_round DROP COLUMN conclusion_kind;
