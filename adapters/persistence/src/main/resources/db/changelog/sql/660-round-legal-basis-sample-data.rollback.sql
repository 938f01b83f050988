ALTER TABLE supervision_round DROP CONSTRAINT supervision_round_legal_basis_length;
ALTER TABLE supervision_round DROP COLUMN sample_data;
ALTER TABLE supervision_round DROP COLUMN legal_basis;
