-- Change set 841 (issue 20, decision 056): the month roll-up of the tallies (change set 840, decision 053), kept the
-- same, with two changes:
--   * the month of a day is computed without a time zone. date_trunc('month', <date>) casts the date to
--     timestamptz, so its result went through the session's TimeZone (right in every zone PostgreSQL knows, checked
--     for each day of 1900-2040, but only by the way the cast and the truncation undo each other).
--     dossier_tally_month_of(day) truncates a timestamp without zone: the same month in every session.
--   * one trigger function for the three events, and an insert adds its rows' sums to the months instead of summing
--     the months again from their day rows. An insert only adds day rows, so each month's new sums are its old sums
--     plus those of the rows added (the roll-up holds a row for every month with day rows, change set 840): one
--     aggregate over the statement's new rows and one upsert per month, where 840 joined every touched month back
--     to dossier_tally (the import writes ~47,000 day rows a million dossiers). Deletes and updates still sum the
--     months they touch again from their day rows, as in 840.
CREATE FUNCTION dossier_tally_month_of(day date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CAST(date_trunc('month', CAST(day AS timestamp)) AS date)
$$;

ALTER TABLE dossier_tally_month DROP CONSTRAINT dossier_tally_month_month_check;
ALTER TABLE dossier_tally_month ADD CONSTRAINT dossier_tally_month_month_check
    CHECK (month = dossier_tally_month_of(month));

CREATE OR REPLACE FUNCTION dossier_tally_month_refresh(imports bigint[], units text[], months date[]) RETURNS void
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
                          AND t.day >= k.month AND t.day < CAST(CAST(k.month AS timestamp) + interval '1 month' AS date)
     GROUP BY t.import_id, t.unit_code, k.month;
$$;

-- The three triggers of 840 call this one function. Each trigger names only the transition tables of its event;
-- PL/pgSQL plans a statement when it first runs it, so the branches of the other events never name a missing one.
CREATE FUNCTION dossier_tally_month_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- Sums of a month: the sums before plus those of the rows added. Null + null stays null (a month of an
        -- export without the column); sum() skips nulls, so null + n is n, as summing the day rows again gives.
        INSERT INTO dossier_tally_month AS m (import_id, unit_code, month, received_direct, received_online,
                                              received_postal, early, on_time, late, late_with_apology,
                                              late_slip_unknown, withdrawn, closed, overdue_change, first_received,
                                              last_received, resolved_digitized, resolved_digitized_not_known)
        SELECT t.import_id, t.unit_code, dossier_tally_month_of(t.day), sum(t.received_direct),
               sum(t.received_online), sum(t.received_postal), sum(t.early), sum(t.on_time), sum(t.late),
               sum(t.late_with_apology), coalesce(sum(t.late) FILTER (WHERE t.late_with_apology IS NULL), 0),
               sum(t.withdrawn), sum(t.closed), sum(t.overdue_change),
               min(t.day) FILTER (WHERE t.received_direct + t.received_online + t.received_postal > 0),
               max(t.day) FILTER (WHERE t.received_direct + t.received_online + t.received_postal > 0),
               sum(t.resolved_digitized), sum(coalesce(t.resolved_digitized_unknown, t.early + t.on_time + t.late))
          FROM added t
         GROUP BY t.import_id, t.unit_code, dossier_tally_month_of(t.day)
        ON CONFLICT (import_id, unit_code, month) DO UPDATE SET
            received_direct = m.received_direct + excluded.received_direct,
            received_online = m.received_online + excluded.received_online,
            received_postal = m.received_postal + excluded.received_postal,
            early = m.early + excluded.early,
            on_time = m.on_time + excluded.on_time,
            late = m.late + excluded.late,
            late_with_apology = CASE WHEN m.late_with_apology IS NULL AND excluded.late_with_apology IS NULL THEN NULL
                                     ELSE coalesce(m.late_with_apology, 0) + coalesce(excluded.late_with_apology, 0) END,
            late_slip_unknown = m.late_slip_unknown + excluded.late_slip_unknown,
            withdrawn = m.withdrawn + excluded.withdrawn,
            closed = m.closed + excluded.closed,
            overdue_change = m.overdue_change + excluded.overdue_change,
            first_received = least(m.first_received, excluded.first_received),        -- least/greatest skip nulls
            last_received = greatest(m.last_received, excluded.last_received),
            resolved_digitized = CASE WHEN m.resolved_digitized IS NULL AND excluded.resolved_digitized IS NULL THEN NULL
                                      ELSE coalesce(m.resolved_digitized, 0) + coalesce(excluded.resolved_digitized, 0) END,
            resolved_digitized_not_known = m.resolved_digitized_not_known + excluded.resolved_digitized_not_known;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM dossier_tally_month_refresh(array_agg(import_id), array_agg(unit_code), array_agg(month))
           FROM (SELECT DISTINCT import_id, CAST(unit_code AS text) AS unit_code,
                                 dossier_tally_month_of(day) AS month FROM removed) k;
    ELSE
        -- The months of the rows before and after: an update that moved a row's key changes both.
        PERFORM dossier_tally_month_refresh(array_agg(import_id), array_agg(unit_code), array_agg(month))
           FROM (SELECT import_id, CAST(unit_code AS text) AS unit_code, dossier_tally_month_of(day) AS month
                   FROM removed
                 UNION
                 SELECT import_id, CAST(unit_code AS text), dossier_tally_month_of(day) FROM added) k;
    END IF;
    RETURN NULL;
END
$$;

-- Replaced in place (no moment without a trigger). The three functions of 840 are left unused here and dropped by
-- change set 843 (labelled contract, decision 014, only because it drops).
CREATE OR REPLACE TRIGGER dossier_tally_month_insert AFTER INSERT ON dossier_tally REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_change();
CREATE OR REPLACE TRIGGER dossier_tally_month_delete AFTER DELETE ON dossier_tally REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_change();
CREATE OR REPLACE TRIGGER dossier_tally_month_update AFTER UPDATE ON dossier_tally
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_change();
