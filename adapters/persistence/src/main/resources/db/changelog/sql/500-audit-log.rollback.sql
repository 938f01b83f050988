-- Takes back 500-audit-log: CASCADE drops the audit triggers of every table that joined the audit, also those
-- attached by later change sets (they are rolled back first anyway).
DROP FUNCTION audit_row_change() CASCADE;
DROP FUNCTION audit_truncate() CASCADE;
DROP TABLE audit_pending_tx;
DROP TABLE audit_pending;
DROP TABLE audit_log;
DROP FUNCTION audit_flush();
DROP FUNCTION audit_security_event(text, text, jsonb);
DROP FUNCTION audit_log_refuse_change();
DROP FUNCTION audit_actor_id();
