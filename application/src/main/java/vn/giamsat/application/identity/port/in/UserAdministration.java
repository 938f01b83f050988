package vn.giamsat.application.identity.port.in;

import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;

import java.util.List;
import java.util.Set;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/** What an administrator does with user accounts (in port). Everyone else is refused. */
public interface UserAdministration {
    UserPage users(UserSearch search);

    /** Gives the user exactly these roles; an administrator cannot take the ADMIN role from themselves. */
    DirectoryUser setRoles(String userId, Set<Role> roles);

    /** Sets the user's jurisdiction: units of the catalogue within the administrator's own jurisdiction. */
    DirectoryUser setJurisdictions(String userId, Set<UnitCode> units);

    /** Failed sign-ins, newest first (at most 500). */
    List<LoginFailure> recentLoginFailures(int max);
}
