package vn.giamsat.adapters.identity;

import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.MailNotSentException;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.model.SignIn;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.CredentialRepresentation;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The user directory on Keycloak's admin REST API, as the realm's {@code giamsat-identity} service account
 * (client credentials; realm-management roles view-users, manage-users, view-events, view-realm only). This
 * system's roles are realm roles of the same names; the jurisdiction is the user attribute {@code jurisdiction}
 * (unit codes) that the admin UI's tokens carry. The token is fetched at the first call, so the app starts
 * while Keycloak is still booting.
 */
public final class KeycloakIdentityDirectory implements IdentityDirectoryPort, AutoCloseable {
    static final String JURISDICTION = "jurisdiction";
    static final String LOGIN_ERROR = "LOGIN_ERROR";
    static final String LOGIN = "LOGIN";

    private final Keycloak keycloak;
    private final String realm;

    KeycloakIdentityDirectory(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * @param serverUrl Keycloak's base URL, e.g. {@code http://127.0.0.1:8180} (no {@code /realms/...})
     * @param secret    the service account's client secret, from the environment
     */
    public static KeycloakIdentityDirectory connect(String serverUrl, String realm, String clientId, String secret) {
        return new KeycloakIdentityDirectory(KeycloakBuilder.builder()
                .serverUrl(serverUrl).realm(realm).grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId).clientSecret(secret).build(), realm);
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    @Override
    public UserPage users(UserSearch search) {
        // Keycloak matches username, first/last name and e-mail by prefix; *text* makes it "contains".
        String text = search.text().isEmpty() ? null : "*" + search.text() + "*";
        int total = realm().users().count(text);
        int from = search.offset();
        int size = Math.min(search.limit(), Math.max(0, total - from));
        if (size == 0) {
            return new UserPage(List.of(), total);
        }
        // Keycloak pages in username order; the descending order is the same pages read from the end.
        int first = search.descending() ? total - from - size : from;
        List<UserRepresentation> found = new ArrayList<>(realm().users().search(text, first, size, false));
        if (search.descending()) {
            java.util.Collections.reverse(found);
        }
        return new UserPage(found.stream().map(this::user).toList(), total);
    }

    @Override
    public Optional<DirectoryUser> user(String id) {
        try {
            return Optional.of(user(realm().users().get(id).toRepresentation()));
        } catch (NotFoundException noSuchUser) {
            return Optional.empty();
        }
    }

    private DirectoryUser user(UserRepresentation u) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (RoleRepresentation r : realm().users().get(u.getId()).roles().realmLevel().listAll()) {
            role(r.getName()).ifPresent(roles::add);
        }
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return new DirectoryUser(u.getId(), u.getUsername(), name, u.getEmail(), Boolean.TRUE.equals(u.isEnabled()),
                roles, jurisdictions(u.getAttributes()));
    }

    private static Set<UnitCode> jurisdictions(Map<String, List<String>> attributes) {
        if (attributes == null) {
            return Set.of();
        }
        return attributes.getOrDefault(JURISDICTION, List.of()).stream().flatMap(v -> {
            try {
                return java.util.stream.Stream.of(UnitCode.of(v.strip()));
            } catch (RuntimeException malformed) {
                return java.util.stream.Stream.empty(); // the admin UI's token reader ignores it too
            }
        }).collect(Collectors.toSet());
    }

    private static Optional<Role> role(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty(); // Keycloak's own roles (default-roles-giamsat, offline_access, ...)
    }

    @Override
    public void setRoles(String id, Set<Role> wanted) {
        UserResource user = realm().users().get(id);
        List<RoleRepresentation> current = user.roles().realmLevel().listAll();
        Set<String> have = current.stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
        List<RoleRepresentation> remove = current.stream()
                .filter(r -> role(r.getName()).filter(x -> !wanted.contains(x)).isPresent()).toList();
        List<RoleRepresentation> add = wanted.stream().filter(r -> !have.contains(r.name()))
                .map(r -> realm().roles().get(r.name()).toRepresentation()).toList();
        if (!remove.isEmpty()) {
            user.roles().realmLevel().remove(remove);
        }
        if (!add.isEmpty()) {
            user.roles().realmLevel().add(add);
        }
    }

    @Override
    public void setJurisdictions(String id, Set<UnitCode> units) {
        UserResource user = realm().users().get(id);
        UserRepresentation rep = user.toRepresentation();
        Map<String, List<String>> attributes = rep.getAttributes() == null ? new HashMap<>()
                : new HashMap<>(rep.getAttributes());
        attributes.put(JURISDICTION, units.stream().map(UnitCode::value).sorted().toList());
        rep.setAttributes(attributes);
        user.update(rep);
    }

    @Override
    public List<LoginFailure> recentLoginFailures(int max) {
        // Newest first; the event's details hold the typed username, never the password.
        List<EventRepresentation> events = realm().getEvents(List.of(LOGIN_ERROR), null, null, null, null, null,
                0, max);
        return events.stream().map(e -> new LoginFailure(Instant.ofEpochMilli(e.getTime()),
                e.getDetails() == null ? null : e.getDetails().get("username"), e.getIpAddress(), e.getError()))
                .toList();
    }

    @Override
    public Optional<DirectoryUser> byUsername(String username) {
        return realm().users().search(username, true).stream().findFirst().map(this::user);
    }

    @Override
    public String create(NewUser n) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(n.username());
        rep.setFirstName(n.firstName());
        rep.setLastName(n.lastName());
        rep.setEmail(n.email());
        // The administrator vouches for the address; unverified, the first sign-in would stop to verify it.
        rep.setEmailVerified(true);
        rep.setEnabled(true);
        rep.setAttributes(Map.of(JURISDICTION, n.jurisdictions().stream().map(UnitCode::value).sorted().toList()));
        rep.setRequiredActions(n.requiredActions().stream().map(KeycloakIdentityDirectory::action).sorted().toList());
        if (n.temporaryPassword() != null) {
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(n.temporaryPassword());
            password.setTemporary(n.requiredActions().contains(RequiredAction.SET_PASSWORD));
            rep.setCredentials(List.of(password));
        }
        String id;
        try (Response created = realm().users().create(rep)) {
            if (created.getStatus() == 409) { // the username or the e-mail is another account's
                throw new vn.giamsat.domain.common.DomainRuleViolation(vn.giamsat.domain.common.Reason.of(
                        "identity.username-taken",
                        "Tên đăng nhập " + n.username() + " hoặc thư điện tử " + n.email() + " đã có tài khoản khác dùng.",
                        "Username " + n.username() + " or e-mail " + n.email() + " is already another account's."));
            }
            if (created.getStatus() == 400) { // e.g. the password policy refused the first password
                String why = created.readEntity(String.class);
                throw new vn.giamsat.domain.common.DomainRuleViolation(vn.giamsat.domain.common.Reason.of(
                        "identity.refused", "Máy chủ xác thực từ chối tạo tài khoản: " + why,
                        "The identity provider refused the account: " + why));
            }
            if (created.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused to create " + n.username() + ": HTTP "
                        + created.getStatus());
            }
            String location = created.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        setRoles(id, n.roles());
        return id;
    }

    /** Keycloak's names of the required actions. */
    static String action(RequiredAction a) {
        return switch (a) {
            case SET_PASSWORD -> "UPDATE_PASSWORD";
            case CONFIGURE_OTP -> "CONFIGURE_TOTP";
        };
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        UserResource user = realm().users().get(id);
        UserRepresentation rep = user.toRepresentation();
        rep.setEnabled(enabled);
        user.update(rep);
    }

    @Override
    public void sendActionsEmail(String id, Set<RequiredAction> actions) {
        UserRepresentation rep = realm().users().get(id).toRepresentation();
        try {
            realm().users().get(id).executeActionsEmail(actions.stream().map(KeycloakIdentityDirectory::action)
                    .sorted().toList());
        } catch (WebApplicationException e) {
            // Keycloak answers 500 "Failed to send execute actions email" when its realm has no SMTP server, or the
            // server refused; 400 when the user has no e-mail. Either way nothing was sent.
            throw new MailNotSentException(rep.getUsername());
        }
    }

    @Override
    public List<SignIn> recentSignIns(String id, int max) {
        List<EventRepresentation> events = realm().getEvents(List.of(LOGIN, LOGIN_ERROR), null, id, null, null, null,
                0, max);
        return events.stream().map(e -> new SignIn(Instant.ofEpochMilli(e.getTime()), LOGIN.equals(e.getType()),
                e.getIpAddress(), e.getClientId(), e.getError())).toList();
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
