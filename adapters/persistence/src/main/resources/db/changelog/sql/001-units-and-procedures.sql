-- Administrative units with their history. A code can be reused after a merger, so the identity is a uuid
-- and only the current unit (valid_to null) must hold a code alone.
CREATE TABLE administrative_unit (
    id         uuid         PRIMARY KEY,
    code       varchar(5)   NOT NULL CHECK (code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
    name       varchar(200) NOT NULL,
    kind       varchar(20)  NOT NULL CHECK (kind IN ('PROVINCE', 'CITY', 'DISTRICT', 'URBAN_DISTRICT', 'TOWN',
                                                     'PROVINCIAL_CITY', 'COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE')),
    -- Deferred: a reorganisation may store a unit before its parent within one transaction.
    parent_id  uuid         REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    valid_from date         NOT NULL,
    valid_to   date,        -- exclusive: the first day the unit no longer exists
    version    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT administrative_unit_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX administrative_unit_current_code ON administrative_unit (code) WHERE valid_to IS NULL;
CREATE INDEX administrative_unit_code ON administrative_unit (code, valid_from);
CREATE INDEX administrative_unit_parent ON administrative_unit (parent_id);

-- Where an ended unit went: one successor for a merger, several for a split.
CREATE TABLE unit_successor (
    unit_id      uuid NOT NULL REFERENCES administrative_unit (id) ON DELETE CASCADE,
    successor_id uuid NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    position     int  NOT NULL,
    PRIMARY KEY (unit_id, successor_id),
    CONSTRAINT unit_successor_not_self CHECK (unit_id <> successor_id)
);
CREATE INDEX unit_successor_successor ON unit_successor (successor_id);

CREATE TABLE procedure (
    code                    varchar(30)  PRIMARY KEY,
    name                    varchar(500) NOT NULL,
    field                   varchar(200) NOT NULL,
    authority_level         varchar(10)  NOT NULL CHECK (authority_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    time_limit_working_days int          CHECK (time_limit_working_days BETWEEN 0 AND 365),
    fees                    text,
    required_documents      jsonb        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(required_documents) = 'array'),
    result                  text,
    legal_basis             text,
    online_mode             varchar(10)  NOT NULL CHECK (online_mode IN ('FULL', 'PARTIAL', 'NONE')),
    postal_service_allowed  boolean      NOT NULL,
    published_by            text
);

-- The list of procedures a unit publishes for citizens, in the order it publishes them.
CREATE TABLE unit_procedure (
    unit_id        uuid        NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    procedure_code varchar(30) NOT NULL REFERENCES procedure (code),
    position       int         NOT NULL,
    PRIMARY KEY (unit_id, procedure_code)
);
