-- The unit catalogue's text filter reads an index instead of folding every unit's code and name on each query
-- (decision 009: about 1 s over 10,000 units). search_text is the folded "code name" that the filter matched
-- before (giamsat_fold, changelog 400), stored by PostgreSQL itself, so no writer can forget to fill it.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the schema's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE administrative_unit
    ADD COLUMN search_text text GENERATED ALWAYS AS (giamsat_fold(code || ' ' || name)) STORED;
CREATE INDEX administrative_unit_search_text ON administrative_unit USING gin (search_text gin_trgm_ops);
-- The audit leaves it out of before/after: it only repeats code and name.
CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON administrative_unit
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', '-search_text');
