package vn.giamsat.application.unit.port.in;

import vn.giamsat.domain.unit.UnitReasons;
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
            Require.present(code, UnitReasons.CODE);
            name = Require.text(name, 200, UnitReasons.NAME);
            Require.present(kind, UnitReasons.KIND);
            Require.present(validity, UnitReasons.VALIDITY);
        }

        public static RegisterUnitCommand of(String code, String name, UnitKind kind, UnitId parent, LocalDate validFrom) {
            return new RegisterUnitCommand(UnitCode.of(code), name, kind, parent, Validity.since(validFrom));
        }
    }

    /** Predecessors end the day before {@code effectiveOn} and point at {@code successor}. */
    public record MergeUnitsCommand(List<UnitId> predecessors, UnitId successor, LocalDate effectiveOn) {
        public MergeUnitsCommand {
            predecessors = List.copyOf(Require.notEmpty(predecessors, UnitReasons.MERGED_UNIT));
            Require.present(successor, UnitReasons.SUCCESSOR_UNIT);
            Require.present(effectiveOn, UnitReasons.EFFECTIVE_DATE);
        }
    }

    /**
     * Predecessors end on the new unit's first day and point at it. The new unit may reuse a predecessor's
     * code, as the 2025 reform did (xã Chiên Đàn keeps thị trấn Phú Thịnh's code 20364).
     */
    public record MergeIntoNewUnitCommand(List<UnitId> predecessors, RegisterUnitCommand successor) {
        public MergeIntoNewUnitCommand {
            predecessors = List.copyOf(Require.notEmpty(predecessors, UnitReasons.MERGED_UNIT));
            Require.present(successor, UnitReasons.NEW_UNIT);
        }
    }

    public record DissolveUnitCommand(UnitId unit, LocalDate effectiveOn) {
        public DissolveUnitCommand {
            Require.present(unit, UnitReasons.UNIT);
            Require.present(effectiveOn, UnitReasons.EFFECTIVE_DATE);
        }
    }
}
