-- A delegation member's user account (decision 018): the identity provider's username, which the user cannot
-- change. Rights follow the account, never the display name. NULL: the member has no account, so no one signs in
-- as that member. Expand-only: the previous release neither reads nor writes the column.
ALTER TABLE delegation_member ADD COLUMN account varchar(255)
    CONSTRAINT delegation_member_account_form CHECK (account = lower(account) AND account <> '');
-- One account is one person: it is at most one member of a delegation.
CREATE UNIQUE INDEX delegation_member_one_account ON delegation_member (round_id, account) WHERE account IS NOT NULL;
-- The round list of a delegate asks "which rounds list this account".
CREATE INDEX delegation_member_account ON delegation_member (account) WHERE account IS NOT NULL;
