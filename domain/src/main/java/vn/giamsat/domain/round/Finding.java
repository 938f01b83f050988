package vn.giamsat.domain.round;

import vn.giamsat.domain.unit.UnitReasons;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * What the delegation found, about one unit or, with no unit, about all units in scope.
 */
public record Finding(UUID id, UnitId unit, FindingKind kind, String text) {
    public Finding {
        Require.present(id, "mã nhận xét", "finding id");
        Require.present(kind, RoundReasons.FINDING_KIND);
        text = Require.text(text, 4000, "nội dung nhận xét", "finding text");
    }

    public static Finding overall(FindingKind kind, String text) {
        return new Finding(UUID.randomUUID(), null, kind, text);
    }

    public static Finding about(UnitId unit, FindingKind kind, String text) {
        return new Finding(UUID.randomUUID(), Require.present(unit, UnitReasons.UNIT), kind, text);
    }

    public Optional<UnitId> aboutUnit() {
        return Optional.ofNullable(unit);
    }
}
