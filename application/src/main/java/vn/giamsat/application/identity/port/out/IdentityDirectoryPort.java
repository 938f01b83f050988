package vn.giamsat.application.identity.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.MailNotSentException;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.model.SignIn;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The identity provider's user directory (out port). The application knows users, this system's roles and
 * jurisdictions; which product keeps them (Keycloak today) is the adapter's business.
 */
public interface IdentityDirectoryPort {
    /** Users matching the search, ordered by username; roles are this system's only. */
    UserPage users(UserSearch search);

    Optional<DirectoryUser> user(String id);

    /** Gives the user exactly these of this system's roles (other roles the provider knows are left alone). */
    void setRoles(String id, Set<Role> roles);

    /** Replaces the user's jurisdiction. */
    void setJurisdictions(String id, Set<UnitCode> units);

    /** The latest failed sign-ins, newest first, at most {@code max}. */
    List<LoginFailure> recentLoginFailures(int max);

    /** The account with exactly this username, if any. */
    Optional<DirectoryUser> byUsername(String username);

    /** Creates the account, enabled, with its roles, jurisdiction and required actions; returns its id. */
    String create(NewUser user);

    /** Enables or disables the account; a disabled account cannot sign in, its history stays. */
    void setEnabled(String id, boolean enabled);

    /**
     * Sends the user an e-mail with a link to do these actions (e.g. set a new password).
     *
     * @throws MailNotSentException when the provider cannot send mail
     */
    void sendActionsEmail(String id, Set<RequiredAction> actions);

    /** The user's latest sign-ins and refused attempts, newest first, at most {@code max}. */
    List<SignIn> recentSignIns(String id, int max);
}
