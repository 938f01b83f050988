package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.giamsat.adapters.persistence.imports.DossierImports;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.model.FieldChange;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The audit log on the real database: every business write leaves exactly the entries it should, with who and
 * before/after; nothing else can change the log. The log is never emptied between tests (it refuses), so each
 * test reads the entries made after its start.
 */
class AuditLogTest {
    static final Actor STAFF = Actor.user("vp.hdnd", "Nguyễn Thị Văn Phòng", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("518")));

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcClient jdbc = adapters.jdbc();
    private final SpringTransactions asStaff = new SpringTransactions(
            new DataSourceTransactionManager(TestDatabase.appDataSource()), () -> STAFF);
    private final JdbcAuditLog log = new JdbcAuditLog(jdbc);
    private Fixtures f;
    private long mark;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
        mark = lastId();
    }

    long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();
    }

    /** The entries since the test's start: table, key, operation. */
    List<AuditEntry> newEntries() {
        // newest first: other test classes leave their entries in the shared log too
        return log.search(AuditFilter.ANY, AuditSort.NEWEST_FIRST, new AuditPage(0, 500)).stream()
                .filter(e -> e.id() > mark).sorted(java.util.Comparator.comparingLong(AuditEntry::id)).toList();
    }

    @Test
    void storingARoundRecordsEachRowWithTheActorAndTheUseCase() {
        SupervisionRound round = f.reportedRound();
        asStaff.run("RoundSetupService.establish", () -> adapters.rounds().save(round));

        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table).containsOnly("supervision_round", "round_scope",
                "delegation_member", "visit", "finding", "recommendation", "recommendation_follow_up");
        // 1 round, 2 units in scope, 3 members, 2 visits, 2 findings, 2 recommendations, 2 follow-ups
        assertThat(entries).hasSize(14);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo(AuditOperation.INSERT);
            assertThat(e.actorId()).isEqualTo("vp.hdnd");
            assertThat(e.actorName()).isEqualTo("Nguyễn Thị Văn Phòng");
            // the use case as the service named its transaction
            assertThat(e.action()).isEqualTo("RoundSetupService.establish");
        });
        assertThat(entries).extracting(AuditEntry::txId).containsOnly(entries.getFirst().txId());
        assertThat(entries.stream().filter(e -> e.table().equals("delegation_member")).map(AuditEntry::rowKey))
                .containsExactly(round.id() + "/0", round.id() + "/1", round.id() + "/2");

        AuditDetail inserted = log.detail(entries.getFirst().id()).orElseThrow();
        assertThat(inserted.entry().table()).isEqualTo("supervision_round");
        assertThat(inserted.fields()).extracting(FieldChange::name).startsWith("id", "council_id", "resolution_number");
        assertThat(inserted.fields()).filteredOn(c -> c.name().equals("resolution_number"))
                .extracting(FieldChange::before, FieldChange::after).containsExactly(tuple(null, "21/NQ-HĐND"));
    }

    @Test
    void aTransactionNestedInAUseCaseKeepsTheNameOfTheUseCaseThatOpenedIt() {
        SupervisionRound round = f.reportedRound();
        asStaff.run("DemoDataService.load", () -> asStaff.run("RoundSetupService.establish",
                () -> adapters.rounds().save(round)));

        assertThat(newEntries()).hasSize(14).extracting(AuditEntry::action).containsOnly("DemoDataService.load");
    }

    @Test
    void aTransactionWithoutAUseCaseNameIsRefusedBeforeItWrites() {
        SupervisionRound round = f.reportedRound();
        for (String missing : new String[] {null, " ", "x".repeat(201)}) {
            assertThatThrownBy(() -> asStaff.run(missing, () -> adapters.rounds().save(round)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(newEntries()).isEmpty();
        assertThat(adapters.rounds().load(round.id())).isEmpty();
    }

    @Test
    void renamingAUnitRecordsTheNameNotTheSearchTextTheDatabaseDerivesFromIt() {
        AdministrativeUnit unit = adapters.units().find(f.tamDan.id()).orElseThrow();
        unit.rename("Tam Đàn mới");
        asStaff.run("UnitCatalogService.rename", () -> adapters.units().save(unit));

        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table, AuditEntry::operation)
                .containsExactly(tuple("administrative_unit", AuditOperation.UPDATE));
        AuditDetail renamed = log.detail(entries.getFirst().id()).orElseThrow();
        assertThat(renamed.changedFields()).extracting(FieldChange::name, FieldChange::before, FieldChange::after)
                .contains(tuple("name", "Tam Đàn", "Tam Đàn mới"));
        assertThat(renamed.fields()).extracting(FieldChange::name).doesNotContain("search_text");
        // the filter finds it by its new name, without diacritics
        assertThat(jdbc.sql("SELECT search_text FROM administrative_unit WHERE id = ?").param(unit.id().value())
                .query(String.class).single()).isEqualTo("20374 tam dan moi");
    }

    @Test
    void savingARoundAgainRecordsOnlyWhatChangedNotTheRowsReplacedUnchanged() {
        SupervisionRound round = f.reportedRound();
        asStaff.run("RoundSetupService.establish", () -> adapters.rounds().save(round));
        mark = lastId();

        SupervisionRound loaded = adapters.rounds().load(round.id()).orElseThrow();
        Recommendation first = loaded.recommendations().getFirst(); // DONE, with two follow-ups
        loaded.recordFollowUp(first.id(), new FollowUp(LocalDate.of(2023, 7, 15), FollowUpStatus.VERIFIED,
                "Đoàn đã kiểm tra", null));
        asStaff.run("RoundFindingsService.recordFollowUp", () -> adapters.rounds().save(loaded));

        // every child row was deleted and inserted again; only three of them differ
        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table, AuditEntry::rowKey, AuditEntry::operation).containsExactly(
                tuple("supervision_round", round.id().toString(), AuditOperation.UPDATE),
                tuple("recommendation", first.id().toString(), AuditOperation.UPDATE),
                tuple("recommendation_follow_up", first.id() + "/2", AuditOperation.INSERT));
        assertThat(log.detail(entries.getFirst().id()).orElseThrow().changedFields())
                .extracting(FieldChange::name, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("version", "1", "2"));
        AuditDetail recommendation = log.detail(entries.get(1).id()).orElseThrow();
        assertThat(recommendation.changedFields()).extracting(FieldChange::name, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("status", "DONE", "VERIFIED"));
        assertThat(recommendation.fields()).filteredOn(c -> c.name().equals("text"))
                .extracting(FieldChange::before, FieldChange::after)
                .containsExactly(tuple("Đẩy mạnh dịch vụ công trực tuyến.", "Đẩy mạnh dịch vụ công trực tuyến."));
    }

    @Test
    void aDeleteKeepsTheRowAsItWasAndAWriteWithoutActorIsTheSystems() {
        SupervisionRound round = f.reportedRound();
        // no actor port: the system
        adapters.transactions().run("DemoDataService.load", () -> adapters.rounds().save(round));
        mark = lastId();

        jdbc.sql("DELETE FROM visit WHERE round_id = ? AND position = 1").param(round.id().value()).update();

        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table, AuditEntry::operation, AuditEntry::actorId)
                .containsExactly(tuple("visit", AuditOperation.DELETE, "system"));
        assertThat(log.detail(entries.getFirst().id()).orElseThrow().fields())
                .filteredOn(c -> c.name().equals("unit_id"))
                .extracting(FieldChange::before, FieldChange::after)
                .containsExactly(tuple(f.phuThinh.id().toString(), null));
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() throws java.sql.SQLException {
        SupervisionRound round = f.reportedRound();
        assertThatThrownBy(() -> asStaff.run("RoundSetupService.establish", () -> {
            adapters.rounds().save(round);
            throw new IllegalStateException("the use case fails after its write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(newEntries()).isEmpty();
        // The app's role cannot see the notes (decision 021); the migration login may act as their owner.
        try (java.sql.Connection c = TestDatabase.migrationDataSource().getConnection();
             java.sql.Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SET LOCAL ROLE giamsat_audit");
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_pending")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            c.rollback();
        }
    }

    @Test
    void aRowInsertedAndDeletedInOneTransactionLeavesNoEntry() {
        asStaff.run("HolidayCalendarService.save", () -> {
            jdbc.sql("INSERT INTO calendar_day (day, kind, name) VALUES ('2030-01-01', 'HOLIDAY', 'x')").update();
            jdbc.sql("DELETE FROM calendar_day WHERE day = '2030-01-01'").update();
        });
        assertThat(newEntries()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPDATE audit_log SET actor_id = 'someone-else'", "DELETE FROM audit_log",
            "TRUNCATE audit_log"})
    void theLogRefusesEveryChangeEvenToItsOwner(String statement) throws java.sql.SQLException {
        asStaff.run("RoundSetupService.establish", () -> adapters.rounds().save(f.reportedRound()));
        long before = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        // As the log's owner (the app's own role has no right at all: ApplicationRoleTest): only the trigger stands
        // in the way.
        try (java.sql.Connection c = TestDatabase.migrationDataSource().getConnection();
             java.sql.Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SET LOCAL ROLE giamsat_audit");
            assertThatThrownBy(() -> st.execute(statement)).hasMessageContaining("append-only");
            c.rollback();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor_id = 'someone-else'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void truncatingABusinessTableIsRecorded() {
        // TRUNCATE is the owner's (a migration, a fix by hand), not a right of the app.
        javax.sql.DataSource owner = TestDatabase.migrationDataSource();
        new SpringTransactions(new DataSourceTransactionManager(owner), () -> STAFF).run(
                "HolidayCalendarService.remove", () -> JdbcClient.create(owner).sql("TRUNCATE calendar_day").update());
        assertThat(newEntries()).extracting(AuditEntry::table, AuditEntry::operation, AuditEntry::actorId)
                .containsExactly(tuple("calendar_day", AuditOperation.TRUNCATE, "vp.hdnd"));
    }

    @Test
    void aDossierImportIsOneEntryNotOnePerDossier() {
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, online_mode,
                                       postal_service_allowed)
                VALUES ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 3, 'FULL', true)""").update();
        mark = lastId();
        String csv = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
                + "ngay_tra_ket_qua,trang_thai,rut_ho_so\r\n"
                + "H-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0\r\n"
                + "H-2,20364,1.001193,1,2024-02-05 09:00,2024-02-08 17:00,2024-02-15 09:00,,Đã giải quyết,0\r\n"
                + "H-3,20374,1.001193,3,2024-02-01 08:00,2024-02-02 17:00,,,Đang giải quyết,0\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        ImportDossiersUseCase importer = DossierImports.useCase(TestDatabase.appDataSource(),
                WorkingCalendar.of(List.of()), LocalDateTime.of(2024, 3, 1, 12, 0), Actor::theSystem);

        ImportResult result = importer.importDossiers(new ImportDossiersCommand("hcc-2024-02", "hcc-2024-02.csv",
                FileFormat.CSV, () -> new ByteArrayInputStream(file)), (p, r, b) -> {}, new Cancellation());

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(3);
        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table, AuditEntry::operation)
                .containsExactly(tuple("dossier_import", AuditOperation.INSERT));
        assertThat(log.detail(entries.getFirst().id()).orElseThrow().fields())
                .filteredOn(c -> c.name().equals("row_count") || c.name().equals("file_name"))
                .extracting(FieldChange::after).containsExactly("hcc-2024-02.csv", "3");
    }

    @Test
    void filtersPeriodActorObjectAndActionAndPagesInTheChosenOrder() {
        SupervisionRound round = f.reportedRound();
        asStaff.run("RoundFindingsService.recommend", () -> adapters.rounds().save(round));
        long ours = newEntries().size();

        AuditFilter byStaff = new AuditFilter(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), "văn phòng",
                null, round.id().toString(), "establish", null);
        assertThat(log.count(byStaff)).isZero(); // this round was written by "recommend", not by "establish"
        AuditFilter mine = new AuditFilter(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), "VĂN PHÒNG",
                null, round.id().toString(), "findingsservice.RECOMMEND", null);
        assertThat(log.count(mine)).isEqualTo(ours);
        assertThat(log.count(new AuditFilter(null, null, null, "finding", round.id().toString(), null, null)))
                .isEqualTo(2);
        assertThat(log.count(new AuditFilter(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, null,
                null, null, null))).isZero();

        List<AuditEntry> page1 = log.search(mine, new AuditSort(AuditSort.Column.TABLE, true), new AuditPage(0, 5));
        List<AuditEntry> page2 = log.search(mine, new AuditSort(AuditSort.Column.TABLE, true), new AuditPage(5, 5));
        assertThat(page1).hasSize(5);
        assertThat(page1.getFirst().table()).isEqualTo("delegation_member");
        assertThat(page2).doesNotContainAnyElementsOf(page1);
        assertThat(page2.getFirst().table().compareTo(page1.getLast().table())).isGreaterThanOrEqualTo(0);
        assertThat(log.tables()).contains("supervision_round", "finding");
    }

    @Test
    void aLoginFailureIsAppendedWithItsDetails() {
        log.appendSecurityEvent("LOGIN_FAILURE", "canbo.xa", Map.of("error", "access_denied",
                "remoteAddress", "127.0.0.1"));
        log.appendSecurityEvent("LOGIN_FAILURE", null, Map.of("error", "invalid_state_parameter"));

        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table, AuditEntry::operation, AuditEntry::actorId,
                AuditEntry::rowKey).containsExactly(
                tuple("security", AuditOperation.LOGIN_FAILURE, "canbo.xa", "canbo.xa"),
                tuple("security", AuditOperation.LOGIN_FAILURE, "anonymous", null));
        assertThat(log.detail(entries.getFirst().id()).orElseThrow().fields())
                .extracting(FieldChange::name, FieldChange::after)
                .contains(tuple("error", "access_denied"), tuple("remoteAddress", "127.0.0.1"));
    }

    /** Issue 17 item 5 (decision 034): what an administrator did to an account, its object being the account. */
    @Test
    void anAdministratorsActOnAnAccountIsAppendedWithTheAdministratorAsActorAndOnlyKnownActsAreTaken() {
        log.appendUserEvent("USER_CREATED", "quantri", "canbo.moi", Map.of("roles", "UNIT_OFFICER",
                "jurisdiction", "20364"));
        log.appendUserEvent("USER_DISABLED", "quantri", "canbo.moi", Map.of());

        List<AuditEntry> entries = newEntries();
        assertThat(entries).extracting(AuditEntry::table, AuditEntry::operation, AuditEntry::actorId,
                AuditEntry::rowKey).containsExactly(
                tuple("security", AuditOperation.USER_CREATED, "quantri", "canbo.moi"),
                tuple("security", AuditOperation.USER_DISABLED, "quantri", "canbo.moi"));
        assertThat(log.detail(entries.getFirst().id()).orElseThrow().fields())
                .extracting(FieldChange::name, FieldChange::after).contains(tuple("jurisdiction", "20364"));
        assertThatThrownBy(() -> log.appendUserEvent("DELETE", "quantri", "canbo.moi", Map.of()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("not a user event");
    }

    @Test
    void thePortalsRoleCannotReadTheLogNorWriteToIt() {
        JdbcClient reader = JdbcClient.create(TestDatabase.readerDataSource());
        assertThatThrownBy(() -> reader.sql("SELECT count(*) FROM audit_log").query(Long.class).single())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> reader.sql("SELECT audit_security_event('LOGIN_FAILURE', 'x', '{}')")
                .query((rs, n) -> 1).list())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // and still reads what it may
        assertThat(reader.sql("SELECT count(*) FROM administrative_unit").query(Long.class).single()).isEqualTo(4L);
    }
}
