package vn.giamsat.application.unit.model;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * One row of the catalogue.
 *
 * @param validTo      first day the unit no longer exists; {@code null} while it does
 * @param successors   units a former unit became part of (empty for a dissolved one)
 * @param predecessors units that became part of this one
 */
public record UnitListing(UnitId id, String code, String name, UnitKind kind, UnitRef parent, LocalDate validFrom,
                          LocalDate validTo, List<UnitRef> successors, List<UnitRef> predecessors, long version) {
    public UnitListing {
        successors = List.copyOf(successors);
        predecessors = List.copyOf(predecessors);
    }

    public UnitState state() {
        if (validTo == null) {
            return UnitState.CURRENT;
        }
        return successors.isEmpty() ? UnitState.DISSOLVED : UnitState.MERGED;
    }

    public String displayName() {
        return kind.vietnamese() + " " + name;
    }

    public UnitRef ref() {
        return new UnitRef(id, code, name, kind, validTo);
    }
}
