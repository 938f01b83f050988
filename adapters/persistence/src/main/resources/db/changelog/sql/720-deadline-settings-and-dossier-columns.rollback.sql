ALTER TABLE dossier_figures_unit DROP COLUMN late_with_apology;
ALTER TABLE dossier_figures DROP COLUMN late_with_apology;
ALTER TABLE dossier DROP COLUMN paused_minutes, DROP COLUMN apology_on, DROP COLUMN new_due_at,
    DROP COLUMN supplements_again, DROP COLUMN result_digitized, DROP COLUMN fee_paid_online;
DROP TABLE province_working_hours;
ALTER TABLE procedure DROP CONSTRAINT procedure_time_limit_amount;
UPDATE procedure SET time_limit_working_days = NULL WHERE time_limit_unit <> 'WORKING_DAYS' AND time_limit_working_days > 365;
ALTER TABLE procedure ADD CONSTRAINT procedure_time_limit_working_days_check CHECK (time_limit_working_days BETWEEN 0 AND 365);
ALTER TABLE procedure DROP COLUMN time_limit_unit, DROP COLUMN next_working_day_after;
