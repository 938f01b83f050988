package vn.giamsat.application.unit.port.in;

import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.unit.UnitId;

/** Adds an administrative unit to the catalogue (danh mục đơn vị hành chính). */
public interface RegisterUnitUseCase {
    UnitId register(RegisterUnitCommand command);
}
