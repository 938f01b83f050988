-- Tallies per import × unit × day, written by the import in its transaction and rewritten when a calendar edit
-- judges imports again (issue 16, decision 044). Every part of form II.06a for any period, on either basis, is a
-- sum over these rows up to the period's last day (decision 044 says how):
--   * received_*: dossiers received that day, by channel;
--   * early, on_time, late, withdrawn: closed that day (a withdrawn dossier closes on its resolution date, or on its
--     day of receipt when the export gives none); closed: every dossier closed that day, whatever its outcome;
--   * overdue_change: +1 on the day an open dossier counts as past its deadline (the day after the first working day
--     on or after its due date; never if that is after the export's day, on which open dossiers are judged at the
--     latest), -1 on the day such a dossier closes. Its running sum is the number open and overdue at a day's end;
--   * late_with_apology: of the late ones, those with an apology slip; null when the export had no slip column.
-- Open at the end of day D = sum of received - closed up to D; carried over into a period = open at the end of
-- the day before it.
CREATE TABLE dossier_tally (
    import_id        bigint     NOT NULL,  -- no foreign key, as dossier_figures: the import deletes its rows
    unit_code        varchar(5) NOT NULL,
    day              date       NOT NULL,
    received_direct  integer    NOT NULL CHECK (received_direct >= 0),
    received_online  integer    NOT NULL CHECK (received_online >= 0),
    received_postal  integer    NOT NULL CHECK (received_postal >= 0),
    early            integer    NOT NULL CHECK (early >= 0),
    on_time          integer    NOT NULL CHECK (on_time >= 0),
    late             integer    NOT NULL CHECK (late >= 0),
    late_with_apology integer   CHECK (late_with_apology BETWEEN 0 AND late),
    withdrawn        integer    NOT NULL CHECK (withdrawn >= 0),
    closed           integer    NOT NULL CHECK (closed >= early + on_time + late + withdrawn),
    overdue_change   integer    NOT NULL,
    PRIMARY KEY (import_id, unit_code, day)
);
-- What a period question reads: a unit's rows up to a day.
CREATE INDEX dossier_tally_unit_day ON dossier_tally (unit_code, day);
COMMENT ON TABLE dossier_tally IS 'Per import, unit and day: receipts, closings and overdue changes (decision 044)';
