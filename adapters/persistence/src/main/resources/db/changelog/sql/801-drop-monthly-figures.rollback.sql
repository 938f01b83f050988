-- The tables as changelogs 300 and 720 left them, filled again from the dossiers (the import wrote exactly these
-- counts): per import × unit × month of receipt (× procedure) × channel. late_with_apology is null for an import
-- whose export had no slip column, as the import wrote it; dossier_tally (still there: rolled back after this)
-- says which.
CREATE TABLE dossier_figures (
    import_id                   bigint      NOT NULL,
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
        received = early + on_time + late + in_progress_within_deadline + in_progress_overdue + withdrawn),
    late_with_apology           bigint      CHECK (late_with_apology BETWEEN 0 AND late)
);
CREATE INDEX dossier_figures_month ON dossier_figures (unit_code, month);
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
    withdrawn                   bigint     NOT NULL,
    late_with_apology           bigint     CHECK (late_with_apology BETWEEN 0 AND late)
);
CREATE INDEX dossier_figures_unit_month ON dossier_figures_unit (unit_code, month);
CREATE INDEX dossier_figures_unit_import ON dossier_figures_unit (import_id);
INSERT INTO dossier_figures
SELECT d.import_id, d.unit_code, CAST(date_trunc('month', d.received_at) AS date), d.procedure_code, d.channel,
       count(*), count(*) FILTER (WHERE d.outcome = 'EARLY'), count(*) FILTER (WHERE d.outcome = 'ON_TIME'),
       count(*) FILTER (WHERE d.outcome = 'LATE'), count(*) FILTER (WHERE d.outcome = 'IN_PROGRESS_WITHIN_DEADLINE'),
       count(*) FILTER (WHERE d.outcome = 'IN_PROGRESS_OVERDUE'), count(*) FILTER (WHERE d.outcome = 'WITHDRAWN'),
       CASE WHEN EXISTS (SELECT 1 FROM dossier_tally t WHERE t.import_id = d.import_id AND t.late_with_apology IS NOT NULL)
            THEN count(*) FILTER (WHERE d.outcome = 'LATE' AND d.apology_on IS NOT NULL) END
  FROM dossier d
 GROUP BY d.import_id, d.unit_code, CAST(date_trunc('month', d.received_at) AS date), d.procedure_code, d.channel;
INSERT INTO dossier_figures_unit
SELECT import_id, unit_code, month, channel, sum(received), sum(early), sum(on_time), sum(late),
       sum(in_progress_within_deadline), sum(in_progress_overdue), sum(withdrawn), sum(late_with_apology)
  FROM dossier_figures
 GROUP BY import_id, unit_code, month, channel;
