DROP TABLE dossier_tally;
