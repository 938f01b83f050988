-- A supervision round is stored whole: the round row carries the version used for optimistic locking,
-- the child tables are replaced on every save.
CREATE TABLE supervision_round (
    id                    uuid          PRIMARY KEY,
    council_id            uuid          NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    resolution_number     varchar(100)  NOT NULL,
    resolution_adopted_on date          NOT NULL,
    issuing_council       varchar(200)  NOT NULL,
    subject               varchar(1000) NOT NULL,
    period_from           date          NOT NULL,
    period_to             date          NOT NULL,
    status                varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'PLANNED', 'IN_PROGRESS', 'REPORTED',
                                                                   'PUBLISHED', 'CLOSED')),
    approved_by           varchar(120),
    approved_at           timestamptz,
    version               bigint        NOT NULL CHECK (version >= 1),
    CONSTRAINT supervision_round_period CHECK (period_to >= period_from),
    CONSTRAINT supervision_round_approval CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
CREATE INDEX supervision_round_resolution ON supervision_round (resolution_number, resolution_adopted_on);

CREATE TABLE round_scope (
    round_id uuid NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    unit_id  uuid NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    position int  NOT NULL,
    PRIMARY KEY (round_id, unit_id)
);

CREATE TABLE delegation_member (
    round_id        uuid         NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    position        int          NOT NULL,
    full_name       varchar(120) NOT NULL,
    member_position varchar(300),
    role            varchar(20)  NOT NULL CHECK (role IN ('HEAD', 'DEPUTY_HEAD', 'MEMBER', 'SECRETARY')),
    PRIMARY KEY (round_id, position)
);
-- One head per delegation, as the domain requires.
CREATE UNIQUE INDEX delegation_member_one_head ON delegation_member (round_id) WHERE role = 'HEAD';

CREATE TABLE visit (
    round_id   uuid          NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    position   int           NOT NULL,
    unit_id    uuid          NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    visit_date date,         -- null: the report names the visit but not its date
    note       varchar(1000),
    PRIMARY KEY (round_id, position)
);

CREATE TABLE finding (
    id       uuid          PRIMARY KEY,
    round_id uuid          NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    position int           NOT NULL,
    unit_id  uuid          REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED, -- null: about all units
    kind     varchar(20)   NOT NULL CHECK (kind IN ('STRENGTH', 'LIMITATION', 'CAUSE')),
    text     varchar(4000) NOT NULL
);
CREATE INDEX finding_round ON finding (round_id);

CREATE TABLE recommendation (
    id        uuid          PRIMARY KEY,
    round_id  uuid          NOT NULL REFERENCES supervision_round (id) ON DELETE CASCADE,
    position  int           NOT NULL,
    unit_id   uuid          REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    addressee varchar(300)  NOT NULL,
    text      varchar(4000) NOT NULL,
    due_date  date,
    status    varchar(20)   NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'VERIFIED'))
);
CREATE INDEX recommendation_round ON recommendation (round_id);

CREATE TABLE recommendation_follow_up (
    recommendation_id uuid          NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position          int           NOT NULL,
    follow_up_date    date          NOT NULL,
    status            varchar(20)   NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
    note              varchar(4000),
    evidence          varchar(1000),
    PRIMARY KEY (recommendation_id, position)
);
