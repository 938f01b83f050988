package vn.giamsat.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.model.LoginFailure;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.unit.UnitCode;

/** Who may read the audit log, and what a failed login leaves in it. */
class AuditLogServiceTest {
    final InMemoryPorts ports = new InMemoryPorts();
    final FakeAuditLog log = new FakeAuditLog();
    final UseCases useCases = new UseCases(ports.ports().auditLog(log).build());

    static Actor with(Role role) {
        return Actor.user("u-" + role.name().toLowerCase(), null, Set.of(role), Set.of(UnitCode.of("48")));
    }

    @Test
    void anAdministratorReadsTheLogPageByPageAndAnEntryWithItsValues() {
        log.entries.add(entry(1, "supervision_round"));
        log.entries.add(entry(2, "finding"));
        ports.actAs(with(Role.ADMIN));

        assertThat(useCases.auditLog().count(AuditFilter.ANY)).isEqualTo(2);
        assertThat(useCases.auditLog().search(AuditFilter.ANY, AuditSort.NEWEST_FIRST, new AuditPage(1, 1)))
                .extracting(AuditEntry::id).containsExactly(2L);
        assertThat(useCases.auditLog().detail(2)).map(d -> d.entry().table()).contains("finding");
        assertThat(useCases.auditLog().tables()).containsExactly("finding", "supervision_round");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void nobodyElseReadsIt(Role role) {
        log.entries.add(entry(1, "supervision_round"));
        ports.actAs(with(role));

        assertThatThrownBy(() -> useCases.auditLog().count(AuditFilter.ANY)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("xem nhật ký hệ thống");
        assertThatThrownBy(() -> useCases.auditLog().search(AuditFilter.ANY, AuditSort.NEWEST_FIRST,
                new AuditPage(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> useCases.auditLog().detail(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> useCases.auditLog().tables()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVisitorNotSignedInCannotReadItEither() {
        ports.actAs(Actor.user("anonymous", null, Set.of(), Set.of()));
        assertThatThrownBy(() -> useCases.auditLog().count(AuditFilter.ANY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFailedLoginIsRecordedWithoutAnythingThatLooksLikeASecret() {
        ports.actAs(Actor.user("anonymous", null, Set.of(), Set.of())); // nobody is signed in when a login fails

        useCases.loginFailures().record(new LoginFailure("  canbo.xa ", "invalid_grant",
                "Code not valid: SplxlOBeZQQYbYS6WxSbIA.eyJhbGciOiJSUzI1NiJ9 for client giamsat-admin-ui",
                "10.0.0.7"));
        useCases.loginFailures().record(new LoginFailure(null, null, " ", null));

        assertThat(log.events).containsExactly(
                "LOGIN_FAILURE canbo.xa {error=invalid_grant, description=Code not valid: […] for client "
                        + "giamsat-admin-ui, remoteAddress=10.0.0.7}",
                "LOGIN_FAILURE null {error=unknown}");
    }

    @Test
    void aFilterRefusesAPeriodThatEndsBeforeItStartsAndAPageOutOfBounds() {
        assertThatThrownBy(() -> new AuditFilter(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null, null,
                null, null, null)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Đến ngày");
        assertThat(new AuditFilter(null, null, "  ", "", null, " Round ", null).action()).isEqualTo("Round");
        assertThatThrownBy(() -> new AuditPage(0, 0)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new AuditPage(-1, 10)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new AuditPage(0, AuditPage.MAX_LIMIT + 1)).isInstanceOf(DomainRuleViolation.class);
    }

    static AuditEntry entry(long id, String table) {
        return new AuditEntry(id, Instant.parse("2026-01-0" + id + "T01:00:00Z"), 100 + id, "vanphong", "Lê Thị Hoa",
                "RoundSetupService.establish", table, "k" + id, AuditOperation.INSERT);
    }

    /** The log as a list; security events as text, as they would be stored. */
    static final class FakeAuditLog implements AuditLogPort {
        final List<AuditEntry> entries = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public List<AuditEntry> search(AuditFilter filter, AuditSort sort, AuditPage page) {
            return entries.stream().skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public long count(AuditFilter filter) {
            return entries.size();
        }

        @Override
        public Optional<AuditDetail> detail(long id) {
            return entries.stream().filter(e -> e.id() == id).findFirst().map(e -> new AuditDetail(e, List.of()));
        }

        @Override
        public List<String> tables() {
            return entries.stream().map(AuditEntry::table).distinct().sorted().toList();
        }

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
