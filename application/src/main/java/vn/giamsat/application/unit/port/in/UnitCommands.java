package vn.giamsat.application.unit.port.in;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/** Commands on the administrative unit catalogue; each validates itself on construction. */
public final class UnitCommands {
    private UnitCommands() {}

    public record RegisterUnitCommand(UnitCode code, String name, UnitKind kind, UnitId parent, Validity validity) {
        public RegisterUnitCommand {
            Require.present(code, "mã đơn vị", "unit code");
            name = Require.text(name, 200, "tên đơn vị", "unit name");
            Require.present(kind, "loại đơn vị", "unit kind");
            Require.present(validity, "thời gian hiệu lực", "validity");
        }

        public static RegisterUnitCommand of(String code, String name, UnitKind kind, UnitId parent, LocalDate validFrom) {
            return new RegisterUnitCommand(UnitCode.of(code), name, kind, parent, Validity.since(validFrom));
        }
    }

    /** Predecessors end the day before {@code effectiveOn} and point at {@code successor}. */
    public record MergeUnitsCommand(List<UnitId> predecessors, UnitId successor, LocalDate effectiveOn) {
        public MergeUnitsCommand {
            predecessors = List.copyOf(Require.notEmpty(predecessors, "đơn vị bị sáp nhập", "merged unit"));
            Require.present(successor, "đơn vị kế thừa", "successor unit");
            Require.present(effectiveOn, "ngày có hiệu lực", "effective date");
        }
    }

    /**
     * Predecessors end on the new unit's first day and point at it. The new unit may reuse a predecessor's
     * code, as the 2025 reform did (xã Chiên Đàn keeps thị trấn Phú Thịnh's code 20364).
     */
    public record MergeIntoNewUnitCommand(List<UnitId> predecessors, RegisterUnitCommand successor) {
        public MergeIntoNewUnitCommand {
            predecessors = List.copyOf(Require.notEmpty(predecessors, "đơn vị bị sáp nhập", "merged unit"));
            Require.present(successor, "đơn vị mới", "new unit");
        }
    }

    public record DissolveUnitCommand(UnitId unit, LocalDate effectiveOn) {
        public DissolveUnitCommand {
            Require.present(unit, "đơn vị", "unit");
            Require.present(effectiveOn, "ngày có hiệu lực", "effective date");
        }
    }
}
