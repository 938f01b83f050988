package vn.giamsat.application.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/**
 * The authorization checks every use case makes before it reads or writes: role, then jurisdiction
 * (a unit and everything below it). Checked here, in the application layer, so that no UI can skip them.
 */
public final class AccessPolicy {
    private final CurrentActorPort actors;
    private final UnitCatalogPort units;

    public AccessPolicy(CurrentActorPort actors, UnitCatalogPort units) {
        this.actors = actors;
        this.units = units;
    }

    /** The current actor, if it has one of the roles; otherwise {@link AccessDeniedException}. */
    public Actor requireAnyRole(String whatVi, String whatEn, Role... roles) {
        Actor actor = actors.current();
        if (!actor.hasAnyRole(roles)) {
            throw new AccessDeniedException(whatVi, whatEn);
        }
        return actor;
    }

    /** Refuses unless the unit is in one of the actor's jurisdictions (the unit itself or an ancestor). */
    public void requireJurisdiction(Actor actor, UnitId unit, String whatVi, String whatEn) {
        if (!inJurisdiction(actor, unit)) {
            throw new AccessDeniedException(whatVi, whatEn);
        }
    }

    public boolean inJurisdiction(Actor actor, UnitId unit) {
        if (actor.system()) {
            return true;
        }
        Set<UnitId> seen = new HashSet<>();
        Optional<AdministrativeUnit> current = units.find(unit);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (actor.jurisdictions().contains(current.get().code())) {
                return true;
            }
            current = current.get().parent().flatMap(units::find);
        }
        return false;
    }
}
