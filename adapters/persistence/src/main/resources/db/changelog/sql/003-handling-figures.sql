-- Handling figures (form II.06a of Circular 01/2020/TT-VPCP). Every count is nullable: NULL means "not
-- reported" (chưa báo cáo), which is not 0. The checks mirror the domain's FiguresConsistencyPolicy, so
-- figures written by SQL (imports, fixes by hand) cannot break the arithmetic either. Each equality is
-- checked only when all its terms are reported.
CREATE TABLE handling_figures (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id                     uuid          NOT NULL REFERENCES administrative_unit (id) DEFERRABLE INITIALLY DEFERRED,
    period_from                 date          NOT NULL,
    period_to                   date          NOT NULL,
    procedure_code              varchar(30),  -- null: all procedures
    channel                     varchar(10)   CHECK (channel IN ('DIRECT', 'ONLINE', 'POSTAL')), -- null: all channels
    source                      varchar(30)   NOT NULL CHECK (source IN ('SELF_REPORTED', 'COMPUTED_FROM_DOSSIERS',
                                                                         'SUPERVISION_ROUND')),
    received                    bigint CHECK (received >= 0),
    carried_over                bigint CHECK (carried_over >= 0),
    received_online             bigint CHECK (received_online >= 0),
    received_postal             bigint CHECK (received_postal >= 0),
    resolved                    bigint CHECK (resolved >= 0),
    early                       bigint CHECK (early >= 0),
    on_time                     bigint CHECK (on_time >= 0),
    within_deadline             bigint CHECK (within_deadline >= 0), -- early + on time, when reported as one sum
    late                        bigint CHECK (late >= 0),
    in_progress_within_deadline bigint CHECK (in_progress_within_deadline >= 0),
    in_progress_overdue         bigint CHECK (in_progress_overdue >= 0),
    withdrawn                   bigint CHECK (withdrawn >= 0),
    -- numeric without scale keeps the rate as reported (78 stays 78, not 78.00)
    reported_on_time_rate       numeric CHECK (reported_on_time_rate BETWEEN 0 AND 100),
    statement                   varchar(4000),
    source_note                 text,
    round_id                    uuid REFERENCES supervision_round (id),
    CONSTRAINT handling_figures_period CHECK (period_to >= period_from),
    CONSTRAINT handling_figures_within_deadline CHECK (
        within_deadline IS NULL OR early IS NULL OR on_time IS NULL OR within_deadline = early + on_time),
    CONSTRAINT handling_figures_resolved CHECK (
        resolved IS NULL OR early IS NULL OR on_time IS NULL OR late IS NULL OR resolved = early + on_time + late),
    CONSTRAINT handling_figures_resolved_within CHECK (
        resolved IS NULL OR within_deadline IS NULL OR late IS NULL OR resolved = within_deadline + late),
    CONSTRAINT handling_figures_received CHECK (
        received IS NULL OR resolved IS NULL OR in_progress_within_deadline IS NULL OR in_progress_overdue IS NULL
        OR withdrawn IS NULL
        OR received = resolved + in_progress_within_deadline + in_progress_overdue + withdrawn),
    -- One row per unit × period × procedure × channel × source; "all procedures" (null) is one key value.
    CONSTRAINT handling_figures_key UNIQUE NULLS NOT DISTINCT
        (unit_id, period_from, period_to, procedure_code, channel, source)
);
CREATE INDEX handling_figures_round ON handling_figures (round_id);
