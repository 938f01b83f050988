-- Reminders (issue 19, decision 041): the outbox, one row per reminder per recipient. The unique key is what keeps
-- two instances from sending one reminder twice; sent_at is set only after the SMTP server accepted the mail, so an
-- outage of the mail server delays a reminder and never loses it. Rows stay after sending: each user reads what was
-- sent to them in the admin UI. The kind is not checked here: a new kind of reminder needs no migration.
CREATE TABLE reminder_notice (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            varchar(40)   NOT NULL,
    item_key        varchar(200)  NOT NULL,
    username        varchar(255)  NOT NULL,
    email           varchar(320),               -- null: the directory knows no address; in-app only
    subject         varchar(1000) NOT NULL,
    body            text          NOT NULL,
    created_at      timestamptz   NOT NULL,
    sent_at         timestamptz,
    attempts        int           NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_attempt_at timestamptz,
    last_error      varchar(1000),
    CONSTRAINT reminder_notice_once UNIQUE (kind, item_key, username)
);
CREATE INDEX reminder_notice_waiting ON reminder_notice (id) WHERE sent_at IS NULL AND email IS NOT NULL;
CREATE INDEX reminder_notice_to ON reminder_notice (username, created_at DESC);
