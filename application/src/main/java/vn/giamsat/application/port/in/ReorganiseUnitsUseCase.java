package vn.giamsat.application.port.in;

import vn.giamsat.application.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.application.port.in.UnitCommands.MergeIntoNewUnitCommand;
import vn.giamsat.application.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.domain.unit.UnitId;

/** Records mergers (sắp xếp, sáp nhập đơn vị hành chính) and dissolutions, keeping each unit's history. */
public interface ReorganiseUnitsUseCase {
    void merge(MergeUnitsCommand command);

    UnitId mergeIntoNew(MergeIntoNewUnitCommand command);

    void dissolve(DissolveUnitCommand command);
}
