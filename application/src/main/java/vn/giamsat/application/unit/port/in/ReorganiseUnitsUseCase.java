package vn.giamsat.application.unit.port.in;

import vn.giamsat.application.unit.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeIntoNewUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.domain.unit.UnitId;

/** Records mergers (sắp xếp, sáp nhập đơn vị hành chính) and dissolutions, keeping each unit's history. */
public interface ReorganiseUnitsUseCase {
    void merge(MergeUnitsCommand command);

    UnitId mergeIntoNew(MergeIntoNewUnitCommand command);

    void dissolve(DissolveUnitCommand command);
}
