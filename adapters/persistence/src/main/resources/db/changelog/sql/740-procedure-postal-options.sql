-- What the public postal service may carry for a procedure (Decision 45/2016/QĐ-TTg): the dossier, the result, or
-- both (issue 17, decision 033). The yes/no column stays for the readers that ask only "by post at all?" (the
-- portal's filter) and for writers that know only yes/no: a row without options (NULL) means what its yes/no says
-- (yes: both ways, what the yes meant on the portal). When both are given, the check keeps them in agreement.
ALTER TABLE procedure ADD COLUMN postal_options varchar(20)
    CHECK (postal_options IN ('NONE', 'SEND_DOSSIER', 'RECEIVE_RESULT', 'BOTH'));
ALTER TABLE procedure ADD CONSTRAINT procedure_postal_agrees
    CHECK (postal_options IS NULL OR postal_service_allowed = (postal_options <> 'NONE'));
