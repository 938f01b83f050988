DROP TABLE unit_report_version;
DROP FUNCTION unit_report_version_refuse_change();
DROP TABLE unit_report_due;
