-- What the public postal service may carry for a procedure (Decision 45/2016/QĐ-TTg): the dossier, the result, or
-- both (issue 17, decision 033). The yes/no column stays for the readers that ask only "by post at all?" (the
-- portal's filter); the check keeps the two in agreement. A former yes is taken as both ways.
ALTER TABLE procedure ADD COLUMN postal_options varchar(20) NOT NULL DEFAULT 'NONE'
    CHECK (postal_options IN ('NONE', 'SEND_DOSSIER', 'RECEIVE_RESULT', 'BOTH'));
UPDATE procedure SET postal_options = 'BOTH' WHERE postal_service_allowed;
ALTER TABLE procedure ADD CONSTRAINT procedure_postal_agrees
    CHECK (postal_service_allowed = (postal_options <> 'NONE'));
