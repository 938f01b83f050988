package vn.giamsat.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.MailNotSentException;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.identity.service.UserAdministrationService;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Creating, disabling, enabling an account and sending a password reset: administrators only, within their own
 * jurisdiction, each act in the audit log (issue 17 item 5, decision 034).
 */
class UserLifecycleTest {
    InMemoryPorts ports = new InMemoryPorts();
    UserAdministrationTest.Directory directory = new UserAdministrationTest.Directory();
    Audit audit = new Audit();
    UserAdministration users;

    @BeforeEach
    void seed() {
        ports.useCases().loadDemoData().load();
        users = new UserAdministrationService(directory, ports, ports, new AccessPolicy(ports.actors, ports), audit);
        directory.add(new DirectoryUser("1", "quantri", "Quản Trị Viên", "qt@giamsat.local", true,
                Set.of(Role.ADMIN), Set.of(UnitCode.of("49"))));
        directory.add(new DirectoryUser("2", "canbo.tamdan", "Võ Thị Lan", "lan@giamsat.local", true,
                Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20374"))));
        ports.actAs(Actor.user("quantri", "Quản Trị Viên", Set.of(Role.ADMIN), Set.of(UnitCode.of("49"))));
    }

    static NewUser officerOf(String username, String unit) {
        return new NewUser(username, "Lan", "Võ Thị", username + "@giamsat.local", Set.of(Role.UNIT_OFFICER),
                Set.of(UnitCode.of(unit)), Set.of(RequiredAction.SET_PASSWORD, RequiredAction.CONFIGURE_OTP), null);
    }

    @Test
    void anAdministratorCreatesAnAccountInTheirJurisdictionAndTheAuditLogSaysWhoAndWhat() {
        DirectoryUser created = users.create(officerOf("canbo.moi", "20364"));

        assertThat(created.username()).isEqualTo("canbo.moi");
        assertThat(created.roles()).containsExactly(Role.UNIT_OFFICER);
        assertThat(audit.events).containsExactly("USER_CREATED quantri canbo.moi {roles=UNIT_OFFICER, "
                + "jurisdiction=20364, requiredActions=CONFIGURE_OTP,SET_PASSWORD, temporaryPassword=no}");
    }

    @Test
    void onlyAnAdministratorCreatesAccountsAndNeverOutsideTheirJurisdictionOrWithoutOne() {
        for (Role role : List.of(Role.COUNCIL_STAFF, Role.PROVINCIAL_OFFICIAL, Role.UNIT_OFFICER,
                Role.DELEGATION_HEAD, Role.DELEGATION_MEMBER)) {
            ports.actAs(Actor.user("x", null, Set.of(role), Set.of(UnitCode.of("49"))));
            assertThatThrownBy(() -> users.create(officerOf("canbo.moi", "20364")))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.setEnabled("2", false)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.sendPasswordReset("2")).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        // the administrator of commune Phú Thịnh (20364) alone: Tam Đàn (20374) is not theirs
        ports.actAs(Actor.user("quantri.xa", null, Set.of(Role.ADMIN), Set.of(UnitCode.of("20364"))));
        assertThatThrownBy(() -> users.create(officerOf("canbo.moi", "20374")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewUser("quantri.moi", "A", "B", "a@b.vn", Set.of(Role.ADMIN),
                Set.of(), Set.of(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled("2", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.byUsername("canbo.moi")).isEmpty();
        assertThat(directory.user("2").orElseThrow().enabled()).isTrue();
        assertThat(audit.events).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefusedAndAMalformedOneNeverReachesTheDirectory() {
        assertThatThrownBy(() -> users.create(officerOf("canbo.tamdan", "20374")))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("canbo.tamdan");
        assertThatThrownBy(() -> officerOf("Cán Bộ", "20374")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Tên đăng nhập");
        assertThatThrownBy(() -> new NewUser("canbo.x", "A", "B", "not-an-address", Set.of(Role.UNIT_OFFICER),
                Set.of(), Set.of(), null)).isInstanceOf(DomainRuleViolation.class);
        assertThat(audit.events).isEmpty();
    }

    @Test
    void disableAndEnableAreAuditedAndNobodyDisablesThemself() {
        assertThat(users.setEnabled("2", false).enabled()).isFalse();
        assertThat(users.setEnabled("2", true).enabled()).isTrue();
        assertThatThrownBy(() -> users.setEnabled("1", false)).isInstanceOf(DomainRuleViolation.class);

        assertThat(audit.events).containsExactly("USER_DISABLED quantri canbo.tamdan {}",
                "USER_ENABLED quantri canbo.tamdan {}");
    }

    @Test
    void aPasswordResetIsSentAndAuditedAndWithoutAMailServerTheAdministratorIsToldNothingWasSent() {
        users.sendPasswordReset("2");
        assertThat(directory.mails).containsExactly("lan@giamsat.local [SET_PASSWORD]");

        directory.mailServer = false;
        assertThatThrownBy(() -> users.sendPasswordReset("2")).isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("SMTP");
        assertThat(audit.events).containsExactly("PASSWORD_RESET quantri canbo.tamdan {email=lan@giamsat.local}");
    }

    /** The audit log's appends, as text. */
    static final class Audit implements AuditLogPort {
        final List<String> events = new ArrayList<>();

        @Override public List<AuditEntry> search(AuditFilter f, AuditSort s, AuditPage p) { return List.of(); }
        @Override public long count(AuditFilter filter) { return 0; }
        @Override public Optional<AuditDetail> detail(long id) { return Optional.empty(); }
        @Override public List<String> tables() { return List.of(); }

        @Override
        public void appendSecurityEvent(String event, String username, Map<String, String> details) {
            events.add(event + " " + username + " " + new LinkedHashMap<>(details));
        }

        @Override
        public void appendUserEvent(String event, String actor, String user, Map<String, String> details) {
            events.add(event + " " + actor + " " + user + " " + new LinkedHashMap<>(details));
        }
    }
}
