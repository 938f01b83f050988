-- Evidence files and comments on recommendations (450) join the audit log (500): who attached, deleted or wrote
-- what, when. The file's bytes stay out of before/after ('-content'): the name, type and size identify it.
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON recommendation_evidence
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', '-content');
CREATE TRIGGER audit_truncate AFTER TRUNCATE ON recommendation_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON recommendation_comment
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER audit_truncate AFTER TRUNCATE ON recommendation_comment
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
