-- Month roll-up of the tallies per import × unit × day (decision 053): the same sums per import × unit code ×
-- calendar month. A period's figures read month rows for the months wholly before the period (carried over) or
-- wholly inside it, and day rows only for a partial first or last month (JdbcComputedFigures): a province-year reads
-- about a twentieth of the rows it read from dossier_tally alone. Every figure stays the day rows' sum:
--   * the columns of dossier_tally are summed as they are; late_with_apology stays null when every day row of the
--     month had it null (an export without the slip column, decision 044);
--   * late_slip_unknown: the late dossiers of the month's day rows whose late_with_apology is null. The period
--     query only asks whether any such row falls in the period (the split "late, with an apology" is then "not
--     reported"), and sum > 0 exactly when a day row has late > 0 and no split;
--   * first_received, last_received: the first and the last day of the month with a receipt, null when none: the
--     period query checks with them that a code's dossiers were all received while one unit held it;
--   * resolved_digitized: summed as it is (null when every day row had it null: no so_hoa_ket_qua column, change
--     set 832); resolved_digitized_not_known: the resolved dossiers of the month whose row did not say, or whose
--     export had no such column (coalesce(resolved_digitized_unknown, early + on_time + late) of each day row). The
--     period query only asks whether one such dossier falls in the period (then "not reported", decision 052); the
--     sum is > 0 exactly when a day row has resolved_digitized_unknown > 0, or no split and a resolved dossier.
-- Kept by the database itself, so that no writer can leave it behind (the import's COPY, a calendar edit's
-- difference, a replaced import, a release before this one during a rolling update): after each statement on
-- dossier_tally, the months it touched are summed again from their day rows (statement triggers with transition
-- tables, below). Detaching or dropping a month of dossiers (decision 045) leaves tallies and roll-up alike.
CREATE TABLE dossier_tally_month (
    import_id         bigint     NOT NULL,
    unit_code         varchar(5) NOT NULL,
    month             date       NOT NULL CHECK (month = CAST(date_trunc('month', month) AS date)),
    received_direct   integer    NOT NULL CHECK (received_direct >= 0),
    received_online   integer    NOT NULL CHECK (received_online >= 0),
    received_postal   integer    NOT NULL CHECK (received_postal >= 0),
    early             integer    NOT NULL CHECK (early >= 0),
    on_time           integer    NOT NULL CHECK (on_time >= 0),
    late              integer    NOT NULL CHECK (late >= 0),
    late_with_apology integer    CHECK (late_with_apology BETWEEN 0 AND late),
    late_slip_unknown integer    NOT NULL CHECK (late_slip_unknown BETWEEN 0 AND late),
    withdrawn         integer    NOT NULL CHECK (withdrawn >= 0),
    closed            integer    NOT NULL CHECK (closed >= early + on_time + late + withdrawn),
    overdue_change    integer    NOT NULL,
    first_received    date       CHECK (first_received >= month AND first_received <= last_received),
    last_received     date       CHECK (last_received < month + 31),
    resolved_digitized integer   CHECK (resolved_digitized >= 0),
    resolved_digitized_not_known integer NOT NULL CHECK (resolved_digitized_not_known >= 0),
    PRIMARY KEY (import_id, unit_code, month)
);
-- What a period question reads: a unit's months before a day, or between two.
CREATE INDEX dossier_tally_month_unit_month ON dossier_tally_month (unit_code, month);
COMMENT ON TABLE dossier_tally_month IS 'dossier_tally summed per import, unit and month, kept by triggers (decision 053)';

-- Sums again the given import × unit × month keys from their day rows: the old rows go, the new sums come in
-- (none when the month has no day row left).
CREATE FUNCTION dossier_tally_month_refresh(imports bigint[], units text[], months date[]) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM dossier_tally_month m
     USING unnest(imports, units, months) AS k (import_id, unit_code, month)
     WHERE m.import_id = k.import_id AND m.unit_code = k.unit_code AND m.month = k.month;
    INSERT INTO dossier_tally_month (import_id, unit_code, month, received_direct, received_online, received_postal,
                                     early, on_time, late, late_with_apology, late_slip_unknown, withdrawn, closed,
                                     overdue_change, first_received, last_received, resolved_digitized,
                                     resolved_digitized_not_known)
    SELECT t.import_id, t.unit_code, k.month, sum(t.received_direct), sum(t.received_online), sum(t.received_postal),
           sum(t.early), sum(t.on_time), sum(t.late), sum(t.late_with_apology),
           coalesce(sum(t.late) FILTER (WHERE t.late_with_apology IS NULL), 0), sum(t.withdrawn), sum(t.closed),
           sum(t.overdue_change),
           min(t.day) FILTER (WHERE t.received_direct + t.received_online + t.received_postal > 0),
           max(t.day) FILTER (WHERE t.received_direct + t.received_online + t.received_postal > 0),
           sum(t.resolved_digitized), sum(coalesce(t.resolved_digitized_unknown, t.early + t.on_time + t.late))
      FROM unnest(imports, units, months) AS k (import_id, unit_code, month)
      JOIN dossier_tally t ON t.import_id = k.import_id AND t.unit_code = k.unit_code
                          AND t.day >= k.month AND t.day < CAST(k.month + interval '1 month' AS date)
     GROUP BY t.import_id, t.unit_code, k.month;
$$;

-- One function per event: a transition table is named per trigger, and a trigger with transition tables has one event.
CREATE FUNCTION dossier_tally_month_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dossier_tally_month_refresh(array_agg(import_id), array_agg(unit_code), array_agg(month))
       FROM (SELECT DISTINCT import_id, CAST(unit_code AS text) AS unit_code,
                             CAST(date_trunc('month', day) AS date) AS month FROM added) k;
    RETURN NULL;
END
$$;
CREATE FUNCTION dossier_tally_month_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dossier_tally_month_refresh(array_agg(import_id), array_agg(unit_code), array_agg(month))
       FROM (SELECT DISTINCT import_id, CAST(unit_code AS text) AS unit_code,
                             CAST(date_trunc('month', day) AS date) AS month FROM removed) k;
    RETURN NULL;
END
$$;
CREATE FUNCTION dossier_tally_month_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The months of the rows before and after: an update that moved a row's key changes both.
    PERFORM dossier_tally_month_refresh(array_agg(import_id), array_agg(unit_code), array_agg(month))
       FROM (SELECT import_id, CAST(unit_code AS text) AS unit_code, CAST(date_trunc('month', day) AS date) AS month
               FROM removed
             UNION
             SELECT import_id, CAST(unit_code AS text), CAST(date_trunc('month', day) AS date) FROM added) k;
    RETURN NULL;
END
$$;
CREATE TRIGGER dossier_tally_month_insert AFTER INSERT ON dossier_tally REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_insert();
CREATE TRIGGER dossier_tally_month_delete AFTER DELETE ON dossier_tally REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_delete();
CREATE TRIGGER dossier_tally_month_update AFTER UPDATE ON dossier_tally REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_update();

-- The tallies stored before this change set, rolled up once (the same sums as dossier_tally_month_refresh).
INSERT INTO dossier_tally_month (import_id, unit_code, month, received_direct, received_online, received_postal,
                                 early, on_time, late, late_with_apology, late_slip_unknown, withdrawn, closed,
                                 overdue_change, first_received, last_received, resolved_digitized,
                                 resolved_digitized_not_known)
SELECT import_id, unit_code, CAST(date_trunc('month', day) AS date), sum(received_direct), sum(received_online),
       sum(received_postal), sum(early), sum(on_time), sum(late), sum(late_with_apology),
       coalesce(sum(late) FILTER (WHERE late_with_apology IS NULL), 0), sum(withdrawn), sum(closed), sum(overdue_change),
       min(day) FILTER (WHERE received_direct + received_online + received_postal > 0),
       max(day) FILTER (WHERE received_direct + received_online + received_postal > 0),
       sum(resolved_digitized), sum(coalesce(resolved_digitized_unknown, early + on_time + late))
  FROM dossier_tally
 GROUP BY import_id, unit_code, CAST(date_trunc('month', day) AS date);
