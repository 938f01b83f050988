-- Rollback of 843: the three functions as change set 840 made them (841's rollback points the triggers at them).
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
