-- Back to changelog 632: the month-partitioned imports are undone by 791's rollback first. Archive tables made by
-- dossier_archive_detach are left as they are (their dossiers are no longer in "dossier").
DROP FUNCTION dossier_archive_drop(text);
DROP FUNCTION dossier_archive_detach(date, date);
DROP FUNCTION dossier_import_split(bigint);
DROP FUNCTION dossier_import_months(bigint, date[]);
DROP FUNCTION dossier_import_stage(bigint, date, date);
DROP FUNCTION dossier_month_partition(text, date);
DROP TABLE dossier_archive;
DROP TABLE dossier_month;
