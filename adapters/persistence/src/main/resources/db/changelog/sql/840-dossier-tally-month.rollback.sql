DROP TRIGGER dossier_tally_month_update ON dossier_tally;
DROP TRIGGER dossier_tally_month_delete ON dossier_tally;
DROP TRIGGER dossier_tally_month_insert ON dossier_tally;
DROP FUNCTION dossier_tally_month_after_update();
DROP FUNCTION dossier_tally_month_after_delete();
DROP FUNCTION dossier_tally_month_after_insert();
DROP FUNCTION dossier_tally_month_refresh(bigint[], text[], date[]);
DROP TABLE dossier_tally_month;
