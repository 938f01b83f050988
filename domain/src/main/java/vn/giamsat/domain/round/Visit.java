package vn.giamsat.domain.round;

import java.time.LocalDate;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/** A scheduled working session of the delegation with a supervised unit (lịch làm việc). */
public record Visit(UnitId unit, LocalDate date, String note) {
    public Visit {
        Require.present(unit, "đơn vị làm việc", "visited unit");
        Require.present(date, "ngày làm việc", "visit date");
        note = note == null || note.isBlank() ? null : Require.text(note, 1000, "ghi chú", "note");
    }
}
