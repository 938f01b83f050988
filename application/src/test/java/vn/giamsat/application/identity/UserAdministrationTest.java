package vn.giamsat.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.identity.service.UserAdministrationService;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.unit.UnitCode;

/** Only administrators manage accounts, within their own jurisdiction, and never lock themselves out. */
class UserAdministrationTest {
    InMemoryPorts ports = new InMemoryPorts();
    Directory directory = new Directory();
    UserLifecycleTest.Audit audit = new UserLifecycleTest.Audit();
    UserAdministration users;

    @BeforeEach
    void seed() {
        ports.useCases().loadDemoData().load();
        users = new UserAdministrationService(directory, ports, ports, new AccessPolicy(ports.actors, ports), audit);
        directory.add(new DirectoryUser("1", "quantri", "Quản Trị Viên", "", true, Set.of(Role.ADMIN),
                Set.of(UnitCode.of("49"))));
        directory.add(new DirectoryUser("2", "canbo.tamdan", "Võ Thị Lan", "", true, Set.of(Role.UNIT_OFFICER),
                Set.of(UnitCode.of("20374"))));
        ports.actAs(Actor.user("quantri", "Quản Trị Viên", Set.of(Role.ADMIN), Set.of(UnitCode.of("49"))));
    }

    @Test
    void nobodyButAnAdministratorListsOrChangesUsers() {
        for (Role role : List.of(Role.COUNCIL_STAFF, Role.PROVINCIAL_OFFICIAL, Role.UNIT_OFFICER,
                Role.DELEGATION_HEAD, Role.DELEGATION_MEMBER)) {
            ports.actAs(Actor.user("x", null, Set.of(role), Set.of(UnitCode.of("49"))));
            assertThatThrownBy(() -> users.users(new UserSearch("", false, 0, 10)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.setRoles("2", Set.of(Role.ADMIN)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.setJurisdictions("2", Set.of(UnitCode.of("49"))))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.recentLoginFailures(10))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(directory.user("2").orElseThrow().roles()).containsExactly(Role.UNIT_OFFICER);
    }

    @Test
    void anAdministratorGivesRolesAndAJurisdictionInsideTheirOwn() {
        DirectoryUser changed = users.setRoles("2", Set.of(Role.UNIT_OFFICER, Role.DELEGATION_MEMBER));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.UNIT_OFFICER, Role.DELEGATION_MEMBER);

        changed = users.setJurisdictions("2", Set.of(UnitCode.of("20364"), UnitCode.of("20374")));
        assertThat(changed.jurisdictions()).containsExactlyInAnyOrder(UnitCode.of("20364"), UnitCode.of("20374"));
        assertThat(users.users(new UserSearch("", false, 0, 10)).total()).isEqualTo(2);
    }

    @Test
    void aJurisdictionMustBeAUnitOfTheCatalogueWithinTheAdministratorsOwn() {
        assertThatThrownBy(() -> users.setJurisdictions("2", Set.of(UnitCode.of("99999"))))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Địa bàn")
                .hasMessageContaining("99999");
        ports.actAs(Actor.user("quantri.khac", null, Set.of(Role.ADMIN), Set.of(UnitCode.of("20364"))));
        assertThatThrownBy(() -> users.setJurisdictions("2", Set.of(UnitCode.of("49"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.user("2").orElseThrow().jurisdictions()).containsExactly(UnitCode.of("20374"));
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdministratorRole() {
        assertThatThrownBy(() -> users.setRoles("1", Set.of(Role.COUNCIL_STAFF)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("quản trị");
        assertThat(directory.user("1").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> users.setRoles("nobody", Set.of(Role.COUNCIL_STAFF)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void loginFailuresAreForAdministratorsInABoundedNumber() {
        directory.failures.add(new LoginFailure(Instant.parse("2025-03-01T01:00:00Z"), "tinh", "127.0.0.1",
                "invalid_user_credentials"));
        assertThat(users.recentLoginFailures(10)).extracting(LoginFailure::username).containsExactly("tinh");
        assertThatThrownBy(() -> users.recentLoginFailures(100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The port as a map: enough to see what the use cases ask of it. */
    static final class Directory implements IdentityDirectoryPort {
        final Map<String, DirectoryUser> users = new LinkedHashMap<>();
        final List<LoginFailure> failures = new ArrayList<>();

        void add(DirectoryUser u) { users.put(u.id(), u); }

        @Override
        public UserPage users(UserSearch search) {
            List<DirectoryUser> all = users.values().stream().sorted(Comparator.comparing(DirectoryUser::username))
                    .toList();
            return new UserPage(all.stream().skip(search.offset()).limit(search.limit()).toList(), all.size());
        }

        @Override public Optional<DirectoryUser> user(String id) { return Optional.ofNullable(users.get(id)); }

        @Override
        public void setRoles(String id, Set<Role> roles) {
            DirectoryUser u = users.get(id);
            add(new DirectoryUser(id, u.username(), u.fullName(), u.email(), u.enabled(), roles, u.jurisdictions()));
        }

        @Override
        public void setJurisdictions(String id, Set<UnitCode> units) {
            DirectoryUser u = users.get(id);
            add(new DirectoryUser(id, u.username(), u.fullName(), u.email(), u.enabled(), u.roles(), units));
        }

        @Override public List<LoginFailure> recentLoginFailures(int max) { return failures; }

        final List<String> mails = new ArrayList<>();
        boolean mailServer = true;

        @Override
        public Optional<DirectoryUser> byUsername(String username) {
            return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public String create(vn.giamsat.application.identity.model.NewUser n) {
            String id = "id-" + n.username();
            add(new DirectoryUser(id, n.username(), n.lastName() + " " + n.firstName(), n.email(), true, n.roles(),
                    n.jurisdictions()));
            return id;
        }

        @Override
        public void setEnabled(String id, boolean enabled) {
            DirectoryUser u = users.get(id);
            add(new DirectoryUser(id, u.username(), u.fullName(), u.email(), enabled, u.roles(), u.jurisdictions()));
        }

        @Override
        public void sendActionsEmail(String id, Set<vn.giamsat.application.identity.model.RequiredAction> actions) {
            if (!mailServer) {
                throw new vn.giamsat.application.identity.model.MailNotSentException(users.get(id).username());
            }
            mails.add(users.get(id).email() + " " + actions);
        }

        @Override
        public List<vn.giamsat.application.identity.model.SignIn> recentSignIns(String id, int max) {
            return List.of();
        }
    }
}
