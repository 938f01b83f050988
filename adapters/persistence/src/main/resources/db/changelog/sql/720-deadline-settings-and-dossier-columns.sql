-- Issue 16 items 3 and 4 (decision 029). Deadlines as procedures state them: the unit of the stored limit and the
-- "received after 15:00 or on a day off counts from the next working day" time; a province's office hours and
-- Saturday-morning reception; and the optional columns of a dossier export (null: the export had no such column).

-- The amount stays in time_limit_working_days (its name is history: it is the amount in time_limit_unit), so every
-- stored procedure keeps its rule: working days, counted from the moment of receipt.
ALTER TABLE procedure
    ADD COLUMN time_limit_unit varchar(13) NOT NULL DEFAULT 'WORKING_DAYS'
        CHECK (time_limit_unit IN ('WORKING_DAYS', 'HALF_DAYS', 'WORKING_HOURS')),
    ADD COLUMN next_working_day_after time;
ALTER TABLE procedure DROP CONSTRAINT procedure_time_limit_working_days_check;
ALTER TABLE procedure ADD CONSTRAINT procedure_time_limit_amount CHECK (
    time_limit_working_days IS NULL
    OR (time_limit_unit = 'WORKING_DAYS' AND time_limit_working_days BETWEEN 0 AND 365)
    OR (time_limit_unit = 'HALF_DAYS' AND time_limit_working_days BETWEEN 1 AND 730)
    OR (time_limit_unit = 'WORKING_HOURS' AND time_limit_working_days BETWEEN 1 AND 2920));

-- Office hours of a province (the province's unit code); no row: 07:30-11:30, 13:30-17:00, no Saturday reception.
CREATE TABLE province_working_hours (
    province_code    varchar(5) PRIMARY KEY,
    morning_from     time       NOT NULL,
    morning_to       time       NOT NULL,
    afternoon_from   time       NOT NULL,
    afternoon_to     time       NOT NULL,
    saturday_morning boolean    NOT NULL,
    CHECK (morning_from < morning_to AND morning_to <= afternoon_from AND afternoon_from < afternoon_to)
);

-- On the partitioned table: every partition, and every staging table made LIKE it, gets them.
ALTER TABLE dossier
    ADD COLUMN paused_minutes       int CHECK (paused_minutes >= 0),
    ADD COLUMN apology_on           date,
    ADD COLUMN new_due_at           timestamp,
    ADD COLUMN supplements_again    boolean,
    ADD COLUMN result_digitized     boolean,
    ADD COLUMN fee_paid_online      boolean;

-- Of the late dossiers, those with an apology slip; null when the export had no apology-slip column.
ALTER TABLE dossier_figures ADD COLUMN late_with_apology bigint CHECK (late_with_apology BETWEEN 0 AND late);
ALTER TABLE dossier_figures_unit ADD COLUMN late_with_apology bigint CHECK (late_with_apology BETWEEN 0 AND late);
