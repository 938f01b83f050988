-- Issue 15, items 3 and 8 (decision 025). legal_basis: the law the round is carried out under, printed under
-- "Căn cứ"; NULL (every round stored before) reads as the law in force on the resolution's date. sample_data: demo
-- content, which the report and the portal mark as such. Both expand only: the previous release ignores them.
ALTER TABLE supervision_round ADD COLUMN legal_basis text;
ALTER TABLE supervision_round ADD COLUMN sample_data boolean NOT NULL DEFAULT false;
ALTER TABLE supervision_round ADD CONSTRAINT supervision_round_legal_basis_length
    CHECK (legal_basis IS NULL OR char_length(legal_basis) BETWEEN 1 AND 1000);
