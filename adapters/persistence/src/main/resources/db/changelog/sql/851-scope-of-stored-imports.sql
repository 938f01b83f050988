-- Decision 054: the imports stored before 850 get their provinces from their tallies' units (every row of an import
-- is tallied under its unit, decision 044). An import left without (no tally rows) is compared with every import,
-- as before.
INSERT INTO dossier_import_scope (import_id, province_code)
SELECT i.id, p.code
  FROM dossier_import i
 CROSS JOIN LATERAL dossier_scope_provinces(
           ARRAY(SELECT DISTINCT t.unit_code FROM dossier_tally t WHERE t.import_id = i.id)) AS p(code)
    ON CONFLICT DO NOTHING;
