-- The act that ended a unit (văn bản quyết định), e.g. "1659/NQ-UBTVQH15" for the communes of Quảng Nam merged on
-- 1 July 2025; null while the unit is current or when the ending was recorded without one (decision 026).
-- Nullable and without a check, so the previous release, which does not know the column, keeps running.
ALTER TABLE administrative_unit ADD COLUMN ended_by varchar(100);
