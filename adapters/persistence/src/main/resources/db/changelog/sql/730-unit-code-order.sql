-- The unit lists open on the code list's own order (provinces, districts, communes: length(code), code, valid_from,
-- id; JdbcUnitDirectory). With the whole country (about 14,000 units, decision 032) the first page sorted every unit
-- and joined every parent; with this index PostgreSQL reads the first 50 in order and joins only theirs.
CREATE INDEX administrative_unit_code_order ON administrative_unit ((length(code)), code, valid_from, id);
