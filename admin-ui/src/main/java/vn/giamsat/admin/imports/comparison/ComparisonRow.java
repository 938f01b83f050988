package vn.giamsat.admin.imports.comparison;

import vn.giamsat.application.dossier.port.in.FiguresComparison;

/**
 * One unit of the comparison as the screen and the CSV show it: the unit's code and name beside its
 * {@link FiguresComparison}, which alone decides what differs (a figure the unit did not report is "chưa báo cáo",
 * never a difference and never 0; a unit without imported dossiers has no computed side at all, never 0).
 */
record ComparisonRow(String code, String name, FiguresComparison comparison) {

    boolean hasSelfReport() {
        return comparison.selfReported().isPresent();
    }

    /** False when the imported data holds no dossier of the unit in the period. */
    boolean hasImportedDossiers() {
        return !comparison.withoutDossiers();
    }

    String label() {
        return name + " (" + code + ")";
    }
}
