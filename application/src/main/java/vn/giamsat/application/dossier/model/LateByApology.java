package vn.giamsat.application.dossier.model;

import vn.giamsat.domain.figures.Count;

/**
 * A unit's late dossiers (quá hạn) of a period, split by the apology-and-new-appointment slip (phiếu xin lỗi và hẹn
 * lại ngày trả kết quả, issue 16): "late, with a slip" and "late, without". Not reported when an export holding some
 * of the late dossiers had no slip column: "without a slip" is then unknown, never the late count.
 */
public record LateByApology(long late, Count withApology) {
    public LateByApology {
        if (late < 0 || (withApology instanceof Count.Reported(long w) && (w < 0 || w > late))) {
            throw new IllegalArgumentException("Late with an apology slip must be within the late: " + withApology
                    + " of " + late);
        }
    }

    public Count withoutApology() {
        return withApology instanceof Count.Reported(long w) ? Count.of(late - w) : Count.notReported();
    }
}
