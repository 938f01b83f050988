package vn.giamsat.application.identity.port.in;

import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.SignIn;
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

    /**
     * Creates an account with its roles, jurisdiction (within the administrator's own) and required actions; the
     * username must be free. Recorded in the audit log.
     */
    DirectoryUser create(NewUser user);

    /** Disables or enables an account of the administrator's jurisdiction (never their own). Audited. */
    DirectoryUser setEnabled(String userId, boolean enabled);

    /**
     * Sends the user an e-mail to set a new password. Audited.
     *
     * @throws vn.giamsat.application.identity.model.MailNotSentException when no mail can be sent
     */
    void sendPasswordReset(String userId);

    /** The user's latest sign-ins, newest first (at most 500). */
    List<SignIn> recentSignIns(String userId, int max);
}
