package vn.giamsat.application.dossier.model;

import java.util.Set;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Which imports an actor may see, as a filter the history applies: those of councils in its jurisdiction (the units
 * and everything below them), or all of them for the system.
 */
public record ImportScope(boolean everything, Set<UnitCode> jurisdiction) {
    public static final ImportScope EVERYTHING = new ImportScope(true, Set.of());

    public ImportScope {
        jurisdiction = Set.copyOf(jurisdiction);
    }

    public static ImportScope of(Set<UnitCode> jurisdiction) {
        return new ImportScope(false, jurisdiction);
    }
}
