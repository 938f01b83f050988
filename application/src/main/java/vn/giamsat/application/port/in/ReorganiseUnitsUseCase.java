package vn.giamsat.application.port.in;

import vn.giamsat.application.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.application.port.in.UnitCommands.MergeUnitsCommand;

/** Records mergers (sắp xếp, sáp nhập đơn vị hành chính) and dissolutions, keeping each unit's history. */
public interface ReorganiseUnitsUseCase {
    void merge(MergeUnitsCommand command);

    void dissolve(DissolveUnitCommand command);
}
