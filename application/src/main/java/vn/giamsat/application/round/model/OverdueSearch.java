package vn.giamsat.application.round.model;

import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/** @param unit the unit a recommendation is about, {@code null} for all; @param round {@code null} for all */
public record OverdueSearch(UnitId unit, RoundId round) {
    public static OverdueSearch everything() {
        return new OverdueSearch(null, null);
    }
}
