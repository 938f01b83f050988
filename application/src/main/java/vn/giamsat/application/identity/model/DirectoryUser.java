package vn.giamsat.application.identity.model;

import java.util.Objects;
import java.util.Set;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * A user account as the identity provider keeps it: who, which of this system's roles, which jurisdiction.
 *
 * @param id            the identity provider's id of the account (stable across renames)
 * @param jurisdictions unit codes the user acts on, each with everything below it
 */
public record DirectoryUser(String id, String username, String fullName, String email, boolean enabled,
                            Set<Role> roles, Set<UnitCode> jurisdictions) {
    public DirectoryUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        fullName = fullName == null ? "" : fullName.strip();
        email = email == null ? "" : email;
        roles = Set.copyOf(roles);
        jurisdictions = Set.copyOf(jurisdictions);
    }
}
