-- Of the resolved dossiers, those whose result was digitized: indicator 5a of the Decision 766 index (decision 052).
-- Only figures counted from dossier records whose export carries so_hoa_ket_qua have it; null is "not reported"
-- (every figure stored before, every self-reported one), never 0. No more than the resolved dossiers, where the
-- resolved count or its parts are stored.
ALTER TABLE handling_figures
    ADD COLUMN results_digitized bigint CHECK (results_digitized >= 0),
    ADD CONSTRAINT handling_figures_results_digitized CHECK (
        results_digitized IS NULL
        OR results_digitized <= coalesce(resolved, within_deadline + late, early + on_time + late));
COMMENT ON COLUMN handling_figures.results_digitized IS
    'Resolved dossiers with a digitized result (so_hoa_ket_qua); null: not reported (decision 052)';
