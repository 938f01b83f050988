package vn.giamsat.application.unit.port.in;

import vn.giamsat.domain.unit.UnitReasons;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/** Corrects a current unit's name in the catalogue; ended units keep the name they ended with. */
public interface RenameUnitUseCase {
    void rename(RenameUnitCommand command);

    /** @param version the version the editor read: a change made meanwhile by someone else is refused, not lost */
    record RenameUnitCommand(UnitId unit, String name, long version) {
        public RenameUnitCommand {
            Require.present(unit, UnitReasons.UNIT);
            name = Require.text(name, 200, UnitReasons.NAME);
        }
    }
}
