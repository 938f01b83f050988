DROP FUNCTION dossier_scope_provinces(varchar[]);
DROP TABLE dossier_import_scope;
