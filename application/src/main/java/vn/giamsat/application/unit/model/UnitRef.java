package vn.giamsat.application.unit.model;

import java.time.LocalDate;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** A unit named in another row (a parent, a successor, a predecessor): enough to show it and link to it. */
public record UnitRef(UnitId id, String code, String name, UnitKind kind, LocalDate validTo) {
    /** "Xã Tam Đàn" */
    public String displayName() {
        return kind.vietnamese() + " " + name;
    }

    public boolean isFormer() {
        return validTo != null;
    }
}
