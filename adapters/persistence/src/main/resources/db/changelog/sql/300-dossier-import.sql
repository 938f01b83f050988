-- Dossier records imported from the provincial one-stop system, and the figures computed from them.
-- Each import of an export is one partition of "dossier": replacing an export drops its old partition and
-- attaches the new one, so a million-row import writes its rows once (COPY) and never updates them.

-- Days off and make-up working days: data an admin edits, not computed (the lunar dates and the government's
-- yearly swaps cannot be derived). A day not listed is a working day from Monday to Friday.
CREATE TABLE calendar_day (
    day    date         PRIMARY KEY,
    kind   varchar(20)  NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKING_DAY')),
    name   varchar(200) NOT NULL,
    source text
);

-- Not owned by a column: TRUNCATE ... RESTART IDENTITY must not reuse the number of a partition that exists.
CREATE SEQUENCE dossier_import_seq;

CREATE TABLE dossier_import (
    id          bigint       PRIMARY KEY,
    export_key  varchar(100) NOT NULL,
    file_name   varchar(255) NOT NULL,
    sha256      char(64)     NOT NULL,
    row_count   bigint       NOT NULL CHECK (row_count >= 0),
    imported_at timestamptz  NOT NULL DEFAULT now(),
    as_of       date         NOT NULL  -- open dossiers are judged on this day
);
CREATE UNIQUE INDEX dossier_import_export ON dossier_import (export_key);
CREATE INDEX dossier_import_sha ON dossier_import (sha256);

CREATE TABLE dossier (
    import_id      bigint      NOT NULL,
    line_no        bigint      NOT NULL,
    dossier_code   varchar(60) NOT NULL,
    unit_code      varchar(5)  NOT NULL,
    procedure_code varchar(30) NOT NULL,
    channel        smallint    NOT NULL CHECK (channel IN (1, 2, 3)),   -- national codes: direct, online, postal
    received_at    timestamp   NOT NULL,
    due_at         timestamp   NOT NULL,
    resolved_at    timestamp,
    returned_at    timestamp,
    status         varchar(12) NOT NULL,
    withdrawn      boolean     NOT NULL,
    outcome        varchar(30) NOT NULL
) PARTITION BY LIST (import_id);

-- Figures per import × unit × month of receipt × procedure × channel, written on import. A query sums the
-- imports' rows; replacing an export deletes its import and so its rows.
CREATE TABLE dossier_figures (
    import_id                   bigint      NOT NULL,  -- no foreign key: a per-row check would slow the bulk insert; the import deletes them
    unit_code                   varchar(5)  NOT NULL,
    month                       date        NOT NULL CHECK (extract(day FROM month) = 1),
    procedure_code              varchar(30) NOT NULL,
    channel                     smallint    NOT NULL CHECK (channel IN (1, 2, 3)),
    received                    bigint      NOT NULL CHECK (received >= 0),
    early                       bigint      NOT NULL CHECK (early >= 0),
    on_time                     bigint      NOT NULL CHECK (on_time >= 0),
    late                        bigint      NOT NULL CHECK (late >= 0),
    in_progress_within_deadline bigint      NOT NULL CHECK (in_progress_within_deadline >= 0),
    in_progress_overdue         bigint      NOT NULL CHECK (in_progress_overdue >= 0),
    withdrawn                   bigint      NOT NULL CHECK (withdrawn >= 0),
    CONSTRAINT dossier_figures_adds_up CHECK (
        received = early + on_time + late + in_progress_within_deadline + in_progress_overdue + withdrawn)
);
CREATE INDEX dossier_figures_month ON dossier_figures (unit_code, month);
-- No index on import_id: only replacing an export deletes by it, and one scan then is cheaper than an index
-- written on every import.

-- The same per import × unit × month × channel: what a province-wide question reads (a few thousand rows a year
-- instead of one per procedure).
CREATE TABLE dossier_figures_unit (
    import_id                   bigint     NOT NULL,
    unit_code                   varchar(5) NOT NULL,
    month                       date       NOT NULL,
    channel                     smallint   NOT NULL,
    received                    bigint     NOT NULL,
    early                       bigint     NOT NULL,
    on_time                     bigint     NOT NULL,
    late                        bigint     NOT NULL,
    in_progress_within_deadline bigint     NOT NULL,
    in_progress_overdue         bigint     NOT NULL,
    withdrawn                   bigint     NOT NULL
);
CREATE INDEX dossier_figures_unit_month ON dossier_figures_unit (unit_code, month);
CREATE INDEX dossier_figures_unit_import ON dossier_figures_unit (import_id);
