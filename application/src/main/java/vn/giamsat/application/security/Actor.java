package vn.giamsat.application.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Who is acting: a signed-in user with roles and jurisdictions (địa bàn: units, each with everything below
 * it), or the system itself (demo data loading, migrations).
 *
 * @param jurisdictions unit codes the actor may act on, each with its descendants; empty for the system
 */
public record Actor(String username, String displayName, Set<Role> roles, Set<UnitCode> jurisdictions, boolean system) {
    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
        jurisdictions = Set.copyOf(jurisdictions);
    }

    private static final Actor SYSTEM = new Actor("system", "Hệ thống", Set.of(), Set.of(), true);

    /** The system itself: allowed everything; used by the demo-data loader and by tests of other rules. */
    public static Actor theSystem() {
        return SYSTEM;
    }

    public static Actor user(String username, String displayName, Set<Role> roles, Set<UnitCode> jurisdictions) {
        return new Actor(username, displayName, roles, jurisdictions, false);
    }

    public boolean hasAnyRole(Role... wanted) {
        return system || Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
