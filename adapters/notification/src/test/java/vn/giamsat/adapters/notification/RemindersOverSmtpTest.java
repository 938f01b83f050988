package vn.giamsat.adapters.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.giamsat.adapters.persistence.JdbcNoticeOutbox;
import vn.giamsat.adapters.persistence.JdbcReminderSource;
import vn.giamsat.adapters.persistence.JdbcRounds;
import vn.giamsat.adapters.persistence.JdbcUnitCatalog;
import vn.giamsat.adapters.persistence.JdbcUnitReports;
import vn.giamsat.adapters.persistence.SpringTransactions;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.model.SignIn;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.reminder.model.Notice;
import vn.giamsat.application.reminder.service.ReminderService;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/**
 * Reminders reach a real SMTP server (GreenMail, in this JVM) from two scheduler instances over the same embedded
 * PostgreSQL, as two admin UI replicas would run them (each with its own db-scheduler and its own use case object;
 * one JVM, not two Spring contexts, to keep the suite fast): each kind arrives once per recipient, and a mail server
 * that is down delays the reminders until it is back.
 */
class RemindersOverSmtpTest {
    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z"); // 10:00 in Vietnam, Monday 7/12/2026
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    final DataSource ds = TestDatabase.appDataSource();
    final JdbcClient jdbc = JdbcClient.create(ds);
    final DataSourceTransactionManager tm = new DataSourceTransactionManager(ds);
    final JdbcUnitCatalog units = new JdbcUnitCatalog(jdbc, tm);
    final List<ReminderSchedule> schedules = new ArrayList<>();
    int smtpPort;
    GreenMail smtp;

    final AdministrativeUnit quangNam = AdministrativeUnit.register(UnitCode.of("49"), "Quảng Nam", UnitKind.PROVINCE,
            null, Validity.since(LocalDate.of(1997, 1, 1)));
    final AdministrativeUnit phuNinh = AdministrativeUnit.register(UnitCode.of("518"), "Phú Ninh", UnitKind.DISTRICT,
            quangNam.id(), Validity.since(LocalDate.of(2005, 1, 1)));
    final AdministrativeUnit tamDan = AdministrativeUnit.register(UnitCode.of("20374"), "Tam Đàn", UnitKind.COMMUNE,
            phuNinh.id(), Validity.since(LocalDate.of(2005, 1, 1)));
    final AdministrativeUnit phuThinh = AdministrativeUnit.register(UnitCode.of("20364"), "Phú Thịnh",
            UnitKind.TOWNSHIP, phuNinh.id(), Validity.since(LocalDate.of(2005, 1, 1)));
    final AdministrativeUnit otherProvince = AdministrativeUnit.register(UnitCode.of("01"), "Hà Nội",
            UnitKind.PROVINCE, null, Validity.since(LocalDate.of(1997, 1, 1)));

    /** The identity directory as Keycloak would answer: roles, jurisdictions, e-mail addresses. */
    final List<DirectoryUser> users = List.of(
            user("canbo.tamdan", "Phạm Thị C", "canbo.tamdan@giamsat.test", Role.UNIT_OFFICER, "20374"),
            user("canbo.phuthinh", "Lê Văn D", "canbo.phuthinh@giamsat.test", Role.UNIT_OFFICER, "20364"),
            user("vanphong", "Văn phòng HĐND", "vanphong@giamsat.test", Role.COUNCIL_STAFF, "518"),
            user("truongdoan", "Phan Thanh Thám", "truongdoan@giamsat.test", Role.DELEGATION_HEAD, "518"),
            user("hanoi", "Cán bộ Hà Nội", "hanoi@giamsat.test", Role.COUNCIL_STAFF, "01"));

    @BeforeEach
    void roundsWithSomethingOfEachKindDue() throws Exception {
        TestDatabase.truncateAll();
        new SpringTransactions(tm).run("UnitCatalogService.register",
                () -> List.of(quangNam, phuNinh, tamDan, phuThinh, otherProvince).forEach(units::save));
        JdbcRounds rounds = new JdbcRounds(jdbc, tm);

        SupervisionRound followedUp = round("21/NQ-HĐND", "Việc thực hiện cơ chế một cửa",
                new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD));
        followedUp.recommend(Recommendation.create(tamDan.id(), "UBND xã Tam Đàn",
                "Niêm yết đầy đủ thủ tục hành chính.", TODAY.plusDays(5)));           // due within 7 days
        followedUp.recommend(Recommendation.create(tamDan.id(), "UBND xã Tam Đàn",
                "Đẩy mạnh dịch vụ công trực tuyến.", TODAY.minusDays(10)));           // overdue
        followedUp.recommend(Recommendation.create(phuThinh.id(), "UBND thị trấn Phú Thịnh",
                "Sắp xếp bộ phận một cửa.", TODAY.plusDays(30)));                     // not yet
        followedUp.moveTo(RoundStatus.REPORTED);
        followedUp.approve("Nguyễn Văn A", NOW.minus(Duration.ofDays(60)));
        rounds.save(followedUp);

        SupervisionRound awaiting = round("30/NQ-HĐND", "Dịch vụ bưu chính công ích",
                new DelegationMember("Phan Thanh Thám", null, DelegationRole.HEAD, "truongdoan"));
        awaiting.moveTo(RoundStatus.REPORTED);
        rounds.save(awaiting);

        // Units' reports (decision 048): Tam Đàn's due in 2 days (visit in 5, report lead time 3 under Law
        // 121/2025), Phú Thịnh's overdue since a date set on the round, in a planned round.
        SupervisionRound planned = SupervisionRound.establish(phuNinh.id(),
                new Resolution(ResolutionNumber.of("40/NQ-HĐND"), LocalDate.of(2026, 11, 2),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Dịch vụ công trực tuyến", Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        planned.includeUnit(tamDan.id());
        planned.includeUnit(phuThinh.id());
        planned.appoint(new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD));
        planned.scheduleVisit(new vn.giamsat.domain.round.Visit(tamDan.id(), TODAY.plusDays(5), null));
        planned.moveTo(RoundStatus.PLANNED);
        rounds.save(planned);
        new JdbcUnitReports(jdbc).setDueDate(planned.id(), phuThinh.id(), TODAY.minusDays(2), "vanphong", NOW);

        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() {
        schedules.forEach(ReminderSchedule::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoInstancesSendEachKindOfReminderOnceToEachOneConcerned() {
        smtp.start();
        startInstance("admin-ui-1");
        startInstance("admin-ui-2");

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 8);
        int runs = successfulRunsSoFar();
        await().atMost(Duration.ofSeconds(20)).until(() -> successfulRunsSoFar() >= runs + 3); // later runs send nothing

        assertThat(received()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "canbo.tamdan@giamsat.test", List.of(
                        "[Giám sát TTHC] Hạn nộp báo cáo 09/12/2026: Tam Đàn / Report due on 2026-12-09: Tam Đàn",
                        "[Giám sát TTHC] Kiến nghị quá hạn từ 27/11/2026 / Recommendation overdue since 2026-11-27",
                        "[Giám sát TTHC] Kiến nghị sắp đến hạn 12/12/2026 / Recommendation due on 2026-12-12"),
                "canbo.phuthinh@giamsat.test", List.of(
                        "[Giám sát TTHC] Quá hạn nộp báo cáo từ 05/12/2026: Phú Thịnh / Report overdue since 2026-12-05: Phú Thịnh"),
                "vanphong@giamsat.test", List.of(
                        "[Giám sát TTHC] Kiến nghị quá hạn từ 27/11/2026 / Recommendation overdue since 2026-11-27",
                        "[Giám sát TTHC] Kiến nghị sắp đến hạn 12/12/2026 / Recommendation due on 2026-12-12",
                        "[Giám sát TTHC] Quá hạn nộp báo cáo từ 05/12/2026: Phú Thịnh / Report overdue since 2026-12-05: Phú Thịnh"),
                "truongdoan@giamsat.test", List.of(
                        "[Giám sát TTHC] Báo cáo chờ phê duyệt: 30/NQ-HĐND / Report awaiting approval: 30/NQ-HĐND")));
        MimeMessage overdue = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("quá hạn") && recipient(m).startsWith("canbo.tamdan")).findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(overdue)).isNotBlank();
        assertThat(outbox().noticesTo("canbo.tamdan", 10)).allSatisfy(n -> assertThat(n.sentAt()).isPresent());
    }

    @Test
    void withTheMailServerDownRemindersWaitInTheOutboxAndGoOutWhenItIsBack() {
        startInstance("admin-ui-1");
        startInstance("admin-ui-2");

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM reminder_notice WHERE attempts > 0 AND sent_at IS NULL").query(Integer.class)
                .single() >= 1);
        assertThat(jdbc.sql("SELECT count(*) FROM reminder_notice WHERE sent_at IS NOT NULL").query(Integer.class)
                .single()).isZero();
        List<Notice> waiting = outbox().noticesTo("truongdoan", 10);
        assertThat(waiting).singleElement().satisfies(n -> assertThat(n.sentAt()).isEmpty());

        smtp.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 8);
        int runs = successfulRunsSoFar();
        await().atMost(Duration.ofSeconds(20)).until(() -> successfulRunsSoFar() >= runs + 2);
        assertThat(received().values().stream().mapToInt(List::size).sum()).isEqualTo(8);
        assertThat(outbox().noticesTo("truongdoan", 10)).singleElement()
                .satisfies(n -> assertThat(n.sentAt()).isPresent());
    }

    private void startInstance(String name) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        Properties p = sender.getJavaMailProperties();
        p.put("mail.smtp.connectiontimeout", "2000");
        p.put("mail.smtp.timeout", "2000");
        ClockPort clock = () -> NOW;
        ReminderService service = new ReminderService(new JdbcReminderSource(jdbc), outbox(),
                new SmtpMail(sender, "nhac-viec@giamsat.test"), new Directory(users), units, Actor::theSystem,
                clock, 7);
        schedules.add(new ReminderSchedule(ds, service, Duration.ofMillis(200), Duration.ofMillis(100), name).start());
    }

    private JdbcNoticeOutbox outbox() {
        return new JdbcNoticeOutbox(jdbc, tm);
    }

    /** Every run that ended without an exception sets the task's last_success: counts runs by its changes. */
    private int lastSuccessSeen = 0;
    private Instant lastSuccess;

    private int successfulRunsSoFar() {
        Optional<Instant> at = jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = ?")
                .param(ReminderSchedule.TASK).query(java.time.OffsetDateTime.class).optional()
                .filter(java.util.Objects::nonNull).map(java.time.OffsetDateTime::toInstant);
        if (at.isPresent() && !at.get().equals(lastSuccess)) {
            lastSuccess = at.get();
            lastSuccessSeen++;
        }
        return lastSuccessSeen;
    }

    private Map<String, List<String>> received() {
        Map<String, List<String>> byRecipient = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            byRecipient.computeIfAbsent(recipient(m), k -> new ArrayList<>()).add(subject(m));
        }
        byRecipient.values().forEach(l -> l.sort(null));
        return byRecipient;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SupervisionRound round(String number, String subject, DelegationMember head) {
        SupervisionRound round = SupervisionRound.establish(phuNinh.id(),
                new Resolution(ResolutionNumber.of(number), LocalDate.of(2026, 3, 20), "Hội đồng nhân dân huyện Phú Ninh"),
                subject, Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        round.includeUnit(tamDan.id());
        round.includeUnit(phuThinh.id());
        round.appoint(head);
        round.scheduleVisit(new vn.giamsat.domain.round.Visit(tamDan.id(), LocalDate.of(2026, 5, 10), null));
        round.moveTo(RoundStatus.PLANNED);
        round.moveTo(RoundStatus.IN_PROGRESS);
        round.recordFinding(vn.giamsat.domain.round.Finding.overall(vn.giamsat.domain.round.FindingKind.STRENGTH,
                "Bộ phận một cửa cơ bản đáp ứng."));
        return round;
    }

    private static DirectoryUser user(String username, String name, String email, Role role, String jurisdiction) {
        return new DirectoryUser(username + "-id", username, name, email, true, Set.of(role),
                Set.of(UnitCode.of(jurisdiction)));
    }

    /** The directory's answers as the Keycloak adapter gives them, paged. */
    record Directory(List<DirectoryUser> all) implements IdentityDirectoryPort {
        @Override
        public UserPage users(UserSearch search) {
            List<DirectoryUser> page = all.stream().skip(search.offset()).limit(search.limit()).toList();
            return new UserPage(page, all.size());
        }

        @Override
        public Optional<DirectoryUser> user(String id) {
            return all.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public void setRoles(String id, Set<Role> roles) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setJurisdictions(String id, Set<UnitCode> units) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LoginFailure> recentLoginFailures(int max) {
            return List.of();
        }

        @Override
        public Optional<DirectoryUser> byUsername(String username) {
            return all.stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public String create(NewUser user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setEnabled(String id, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendActionsEmail(String id, Set<RequiredAction> actions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SignIn> recentSignIns(String id, int max) {
            return List.of();
        }
    }
}
