-- Change set 843 (issue 20, decision 056): the three trigger functions of change set 840, unused since 841 made
-- its triggers call dossier_tally_month_after_change. No release calls them by name (only the triggers did).
DROP FUNCTION dossier_tally_month_after_insert();
DROP FUNCTION dossier_tally_month_after_delete();
DROP FUNCTION dossier_tally_month_after_update();
