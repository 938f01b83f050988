package vn.giamsat.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.giamsat.adapters.persistence.EmbeddedDatabase;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * The portal on a hot standby (issue 20, decision 043): a real PostgreSQL 17 primary and a standby fed by streaming
 * replication, made here from the build's own server binaries. Staff publish on the primary; the portal, which reads
 * only the standby, shows it within its refresh interval; the standby's lag is a metric; with the primary stopped,
 * the portal keeps serving, pages it had never read included.
 *
 * <p>The zonky binaries have no {@code pg_basebackup}, so the standby is made the way that tool does it: a physical
 * replication slot keeps the WAL, {@code pg_backup_start()}, a copy of the data directory, {@code pg_backup_stop()}
 * whose label file goes into the copy, then {@code standby.signal} and the connection to the primary. Two servers of
 * its own (not the module's shared {@link TestDatabase}): it stops one of them.
 */
// Closed after the class (its two servers are stopped at the end): a portal left running would keep refreshing against it on the
// shared ForkJoin pool, and starve the refreshes of the portals of later classes.
@DirtiesContext
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.hikari.connection-timeout=1000",
                "spring.datasource.hikari.maximum-pool-size=3",
                "giamsat.portal.refresh=PT1S",
                "giamsat.portal.replica-lag-every=PT0.2S"})
class PortalOnStreamingReplicaTest {
    private static final String SLOT = "portal_standby";
    private static final String NEW_ROUND = "Giám sát công khai khi cổng đọc bản sao";
    private static final Path PRIMARY_DATA = tempDir("giamsat-primary-");
    private static final Path STANDBY_DATA = tempDir("giamsat-standby-");
    private static final int PRIMARY_PORT = freePort();
    private static final int STANDBY_PORT = freePort();
    private static EmbeddedDatabase primary = startPrimary();
    private static final EmbeddedPostgres standby = startStandby();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @DynamicPropertySource
    static void portalReadsTheStandby(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + STANDBY_PORT + "/postgres");
        registry.add("spring.datasource.username", () -> EmbeddedDatabase.READER_LOGIN);
    }

    @Test
    void the_portal_on_the_standby_shows_what_the_primary_publishes_and_keeps_serving_without_the_primary()
            throws Exception {
        assertThat(sql(STANDBY_PORT, "SELECT pg_is_in_recovery()::text")).as("the portal reads a standby").isEqualTo("true");
        assertThat(get("/giam-sat").body()).doesNotContain(NEW_ROUND);

        AdminSide.run(primary.jdbcUrl(), (u, beans) -> publishRound(u, beans.getBean(UnitCatalogPort.class)));

        long published = System.nanoTime();
        await("/giam-sat", body -> body.contains(NEW_ROUND), Duration.ofSeconds(30));
        Duration seen = Duration.ofNanos(System.nanoTime() - published);
        org.slf4j.LoggerFactory.getLogger(PortalOnStreamingReplicaTest.class)
                .info("The round published on the primary was on the portal (standby) after {} ms", seen.toMillis());
        // refresh interval (1 s) + replay on the standby + a page render: a few intervals even on a busy machine
        assertThat(seen).as("publication reached the portal on the standby").isLessThan(Duration.ofSeconds(15));

        String metrics = awaitMetric("giamsat_database_standby", value -> value == 1.0);
        assertThat(metricValue(metrics, "giamsat_database_replay_lag_seconds")).isBetween(0.0, 10.0);
        assertThat(metricValue(metrics, "giamsat_database_replay_lag_wal_bytes")).isGreaterThanOrEqualTo(0.0);

        primary.close();
        primary = null;
        assertThat(get("/actuator/health/readiness").statusCode()).as("the standby still answers").isEqualTo(200);
        HttpResponse<String> rounds = get("/giam-sat");
        assertThat(rounds.statusCode()).isEqualTo(200);
        assertThat(rounds.body()).contains(NEW_ROUND);
        // a page the portal had not read before the primary stopped: read from the standby, not from memory
        HttpResponse<String> procedures = get("/thu-tuc");
        assertThat(procedures.statusCode()).isEqualTo(200);
        assertThat(procedures.body()).doesNotContain("Tạm thời không truy cập được số liệu");
        assertThat(metricValue(awaitMetric("giamsat_database_standby", value -> value == 1.0),
                "giamsat_database_replay_lag_seconds")).as("all received WAL replayed").isEqualTo(0.0);
    }

    private static void publishRound(UseCases u, UnitCatalogPort units) {
        LocalDate day = LocalDate.of(2024, 1, 1);
        UnitId district = units.findByCodeOn(UnitCode.of("518"), day).orElseThrow().id();
        UnitId commune = units.findByCodeOn(UnitCode.of("20364"), day).orElseThrow().id();
        Period period = Period.year(2024);
        RoundId round = u.establishRound().establish(new EstablishRoundCommand(district, new Resolution(
                ResolutionNumber.of("77/NQ-HĐND"), period.from(), "Hội đồng nhân dân huyện Phú Ninh"), NEW_ROUND, period));
        u.prepareRound().includeUnit(new IncludeUnitCommand(round, commune));
        u.prepareRound().appoint(new AppointMemberCommand(round,
                new DelegationMember("Nguyễn Văn Trưởng", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        u.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(commune, null, null)));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
        u.recordFindings().recordFinding(new RecordFindingCommand(round, commune, FindingKind.STRENGTH,
                "Niêm yết thủ tục đầy đủ."));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
        u.changeRoundStatus().approve(new ApproveReportCommand(round));
        u.publishRound().publish(new PublishRoundCommand(round, null));
    }

    @AfterAll
    static void stopServers() throws IOException {
        standby.close();
        if (primary != null) {
            primary.close();
        }
        FileSystemUtils.deleteRecursively(PRIMARY_DATA);
        FileSystemUtils.deleteRecursively(STANDBY_DATA);
    }

    // --- the two servers --------------------------------------------------------------------------------------

    private static EmbeddedDatabase startPrimary() {
        EmbeddedDatabase db = EmbeddedDatabase.start(PRIMARY_DATA, PRIMARY_PORT);
        TestDatabase.migrate(db.migrationDataSource());
        db.readerDataSource(); // creates the portal's login role, which the standby then has too
        AdminSide.run(db.jdbcUrl(), (useCases, beans) -> assertThat(useCases.loadDemoData().load()).isTrue());
        return db;
    }

    /** What pg_basebackup would do, with SQL and a file copy (PostgreSQL 17: pg_backup_start/stop). */
    private static EmbeddedPostgres startStandby() {
        try (Connection c = superuser(PRIMARY_PORT); Statement s = c.createStatement()) {
            s.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
            s.execute("SELECT pg_backup_start('portal-standby', true)");
            copyDataDirectory(PRIMARY_DATA, STANDBY_DATA);
            try (ResultSet label = s.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                label.next();
                Files.writeString(STANDBY_DATA.resolve("backup_label"), label.getString(1));
                String tablespaces = label.getString(2);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    Files.writeString(STANDBY_DATA.resolve("tablespace_map"), tablespaces);
                }
            }
            Files.createFile(STANDBY_DATA.resolve("standby.signal"));
            // in the file, not on the command line: zonky passes -c options unquoted, and the conninfo has spaces
            Files.writeString(STANDBY_DATA.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port="
                    + PRIMARY_PORT + " user=" + EmbeddedDatabase.SUPERUSER + "'\nprimary_slot_name = '" + SLOT + "'\n",
                    java.nio.file.StandardOpenOption.APPEND);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(STANDBY_DATA).setCleanDataDirectory(false).setPort(STANDBY_PORT)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("hot_standby", "on")
                    .start();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the standby", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the standby", e);
        }
    }

    /** The data directory without what belongs to the running server or is fetched again by streaming. */
    private static void copyDataDirectory(Path from, Path to) throws IOException {
        Set<String> skipped = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");
        Set<String> emptied = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial",
                "pg_snapshots", "pg_subtrans");
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.toString().isEmpty()) {
                    continue;
                }
                boolean inEmptied = relative.getNameCount() > 1 && emptied.contains(relative.getName(0).toString());
                boolean slot = relative.getNameCount() > 1 && relative.getName(0).toString().equals("pg_replslot");
                if (skipped.contains(relative.toString()) || slot || (inEmptied && !Files.isDirectory(source))) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.copy(source, target);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // a temporary file the running server removed while we copied: the WAL replays it
                    }
                }
            }
        }
    }

    private static Connection superuser(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", EmbeddedDatabase.SUPERUSER, "");
    }

    private static String sqlOrError(String query) {
        try {
            return sql(STANDBY_PORT, query);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String primaryLsn() {
        try {
            return sql(PRIMARY_PORT, "SELECT pg_current_wal_lsn()::text");
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String sql(int port, String query) throws SQLException {
        try (Connection c = superuser(port); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    private HttpResponse<String> get(String path) throws Exception {
        String accept = path.startsWith("/actuator") ? "*/*" : "text/html";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void await(String path, Predicate<String> wanted, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last;
        do {
            last = get(path);
            if (wanted.test(last.body())) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " did not show what was awaited within " + within + "; last answer "
                + last.statusCode() + ", standby replayed up to " + sqlOrError("SELECT pg_last_wal_replay_lsn()::text")
                + ", primary at " + (primary == null ? "-" : primaryLsn()));
    }

    private String awaitMetric(String name, java.util.function.DoublePredicate wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String last;
        do {
            last = get("/actuator/prometheus").body();
            Double value = metricValueOrNull(last, name);
            if (value != null && wanted.test(value)) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(name + " not as awaited; last scrape:\n" + last);
    }

    private static double metricValue(String scrape, String name) {
        Double value = metricValueOrNull(scrape, name);
        assertThat(value).as(name + " in\n" + scrape).isNotNull();
        return value;
    }

    private static Double metricValueOrNull(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        return m.find() ? Double.valueOf(m.group(2)) : null;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
