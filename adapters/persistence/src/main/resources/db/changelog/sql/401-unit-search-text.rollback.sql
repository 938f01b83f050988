CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON administrative_unit
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
DROP INDEX administrative_unit_search_text;
ALTER TABLE administrative_unit DROP COLUMN search_text;
-- Nothing else of the schema uses it.
DROP EXTENSION IF EXISTS pg_trgm;
