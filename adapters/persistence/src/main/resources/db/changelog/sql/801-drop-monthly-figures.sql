-- The monthly sums per import are no longer read: period figures come from dossier_tally (decision 044), and the
-- import no longer writes them.
DROP TABLE dossier_figures;
DROP TABLE dossier_figures_unit;
