package vn.giamsat.domain.round;

import java.time.LocalDate;
import java.util.Optional;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * A working session of the delegation with a supervised unit (lịch làm việc).
 *
 * @param date {@code null} when the date was not recorded (the seed's report names the visits, not their dates)
 */
public record Visit(UnitId unit, LocalDate date, String note) {
    public Visit {
        Require.present(unit, "đơn vị làm việc", "visited unit");
        note = note == null || note.isBlank() ? null : Require.text(note, 1000, "ghi chú", "note");
    }

    public Optional<LocalDate> when() {
        return Optional.ofNullable(date);
    }
}
