-- Rollback of 841: the triggers call the three functions of change set 840 again (843's rollback has made them
-- again if it ran), with 840's month expression.
CREATE OR REPLACE TRIGGER dossier_tally_month_insert AFTER INSERT ON dossier_tally REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_insert();
CREATE OR REPLACE TRIGGER dossier_tally_month_delete AFTER DELETE ON dossier_tally REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_delete();
CREATE OR REPLACE TRIGGER dossier_tally_month_update AFTER UPDATE ON dossier_tally REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_tally_month_after_update();

DROP FUNCTION dossier_tally_month_after_change();
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
                          AND t.day >= k.month AND t.day < CAST(k.month + interval '1 month' AS date)
     GROUP BY t.import_id, t.unit_code, k.month;
$$;

ALTER TABLE dossier_tally_month DROP CONSTRAINT dossier_tally_month_month_check;
ALTER TABLE dossier_tally_month ADD CONSTRAINT dossier_tally_month_month_check
    CHECK (month = CAST(date_trunc('month', month) AS date));
DROP FUNCTION dossier_tally_month_of(date);
