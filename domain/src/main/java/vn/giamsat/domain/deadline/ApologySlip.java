package vn.giamsat.domain.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.giamsat.domain.common.Require;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả: the office apologizes for a dossier it cannot resolve in time and
 * names one new date for the result.
 */
public record ApologySlip(LocalDate issuedOn, LocalDateTime newDueAt) {
    public ApologySlip {
        Require.present(issuedOn, "ngày lập phiếu xin lỗi", "date of the apology slip");
        Require.present(newDueAt, "ngày hẹn trả kết quả mới", "new date for the result");
    }
}
