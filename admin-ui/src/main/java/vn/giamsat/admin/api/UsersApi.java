package vn.giamsat.admin.api;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * User accounts for an administrator's scripts (a council creating its officers from a list), with bearer tokens;
 * the same use case as the users page, so the same refusals: 403 for anyone but an administrator or for a unit
 * outside the administrator's jurisdiction, 422 for a taken username or a mail that cannot be sent.
 */
@RestController
public class UsersApi {
    private final UserAdministration users;

    public UsersApi(UserAdministration users) {
        this.users = users;
    }

    /** What a script sends; the temporary password, if any, is never echoed or logged. */
    public record NewUserRequest(String username, String firstName, String lastName, String email, Set<Role> roles,
                                 Set<String> jurisdiction, Set<RequiredAction> requiredActions,
                                 String temporaryPassword) {}

    public record UserView(String id, String username, String fullName, boolean enabled, Set<String> roles,
                           Set<String> jurisdiction) {}

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserView create(@RequestBody NewUserRequest r) {
        return view(users.create(new NewUser(r.username(), r.firstName(), r.lastName(), r.email(),
                r.roles() == null ? Set.of() : r.roles(),
                r.jurisdiction() == null ? Set.of() : r.jurisdiction().stream().map(UnitCode::of).collect(Collectors.toSet()),
                r.requiredActions() == null ? Set.of() : r.requiredActions(), r.temporaryPassword())));
    }

    @PostMapping("/api/users/{id}/disable")
    public UserView disable(@PathVariable String id) {
        return view(users.setEnabled(id, false));
    }

    @PostMapping("/api/users/{id}/enable")
    public UserView enable(@PathVariable String id) {
        return view(users.setEnabled(id, true));
    }

    @PostMapping("/api/users/{id}/password-reset")
    public Map<String, String> passwordReset(@PathVariable String id) {
        users.sendPasswordReset(id);
        return Map.of("sent", "true");
    }

    private static UserView view(DirectoryUser u) {
        return new UserView(u.id(), u.username(), u.fullName(), u.enabled(),
                u.roles().stream().map(Role::name).collect(Collectors.toSet()),
                u.jurisdictions().stream().map(UnitCode::value).collect(Collectors.toSet()));
    }
}
