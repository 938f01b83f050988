package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import vn.giamsat.adapters.persistence.startup.DatabaseRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.publication.service.PublishedResultsService;

/**
 * The backup procedure of docs/backup.md, run for real: {@code pg_dumpall --roles-only} and
 * {@code pg_dump -Fc} of the demo database, {@code pg_restore --create} into a PostgreSQL that has never seen
 * it, and the restored database holds the same rows, table by table, and shows the portal's role the same
 * published figures.
 *
 * <p>Client and server must be of one major version (pg_dump refuses a newer server). Debian 12 ships the
 * version 15 client only, so this test runs both dumps against PostgreSQL 15.17 from Maven Central (copied to
 * {@code target/backup-test} by the build) with the client of Debian's {@code postgresql-client-15};
 * production runs the same commands with the client of its server's version (docs/backup.md).
 */
class BackupRestoreTest {
    private static final Path CLIENT = Path.of("/usr/lib/postgresql/15/bin");
    private static final Path SERVER_BINARIES = Path.of("target/backup-test/postgresql-15-linux-amd64.jar");
    private static final String DATABASE = "giamsat";

    @TempDir
    Path work;

    @Test
    void a_dump_of_the_demo_database_restores_into_a_fresh_server_with_the_same_published_data() throws Exception {
        assertThat(CLIENT.resolve("pg_dump")).as("pg_dump 15 (apt-get install postgresql-client-15; deploy/test.sh does)")
                .isExecutable();
        try (EmbeddedPostgres source = server(work.resolve("source")); EmbeddedPostgres target = server(work.resolve("target"))) {
            JdbcClient.create(source.getPostgresDatabase()).sql("CREATE DATABASE " + DATABASE).update();
            // The roles as an administrator makes them (deploy/README.md): the script, with psql.
            Path rolesScript = work.resolve("giamsat-roles.sql");
            try (InputStream in = BackupRestoreTest.class.getClassLoader().getResourceAsStream(DatabaseRoles.SCRIPT)) {
                Files.copy(in, rolesScript);
            }
            run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", port(source), "-U", "postgres",
                    "-d", DATABASE, "-v", "migrator_password=m", "-v", "app_password=a", "-v", "portal_password=p",
                    "-f", rolesScript.toString());
            DataSource original = source.getDatabase("postgres", DATABASE);
            TestDatabase.migrate(source.getDatabase(DatabaseRoles.MIGRATOR_LOGIN, DATABASE));
            Adapters a = Adapters.on(source.getDatabase(DatabaseRoles.APP_LOGIN, DATABASE));
            UseCases useCases = a.useCases();
            assertThat(useCases.loadDemoData().load()).isTrue();

            Path roles = work.resolve("roles.sql");
            Path dump = work.resolve("giamsat.dump");
            run("pg_dumpall", "--roles-only", "-h", "127.0.0.1", "-p", port(source), "-U", "postgres", "-f", roles.toString());
            run("pg_dump", "-Fc", "-h", "127.0.0.1", "-p", port(source), "-U", "postgres", "-d", DATABASE,
                    "-f", dump.toString());
            run("psql", "-X", "-q", "-h", "127.0.0.1", "-p", port(target), "-U", "postgres", "-d", "postgres",
                    "-f", roles.toString());
            run("pg_restore", "--create", "--exit-on-error", "-h", "127.0.0.1", "-p", port(target), "-U", "postgres",
                    "-d", "postgres", dump.toString());

            DataSource restored = target.getDatabase("postgres", DATABASE);
            Map<String, List<String>> before = rowsOfEveryTable(original);
            assertThat(before.get("published_version")).isNotEmpty();
            assertThat(before.get("handling_figures")).isNotEmpty();
            assertThat(rowsOfEveryTable(restored)).isEqualTo(before);

            // The portal connects as a member of giamsat_reader: the grants came back with the dump.
            List<PublishedUnitFigures> asPublished = publishedFigures(source.getDatabase("giamsat_portal", DATABASE));
            assertThat(asPublished).isNotEmpty();
            assertThat(publishedFigures(target.getDatabase("giamsat_portal", DATABASE))).isEqualTo(asPublished);
            // Ownership and the application's rights came back too (decision 021).
            assertThat(JdbcClient.create(restored).sql("""
                    SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class
                     WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')""").query(String.class).list())
                    .containsExactlyInAnyOrder("giamsat_owner", "giamsat_audit");
            assertThat(JdbcClient.create(target.getDatabase(DatabaseRoles.APP_LOGIN, DATABASE))
                    .sql("SELECT count(*) FROM supervision_round").query(Long.class).single()).isPositive();
        }
    }

    private static List<PublishedUnitFigures> publishedFigures(DataSource portal) {
        return new PublishedResultsService(new JdbcPublishedResults(JdbcClient.create(portal)), vn.giamsat.application.publication.port.out.UnitStatusPort.none())
                .publishedUnitFigures(); // the snapshots as published: this test compares copies of them
    }

    /** Every table of the schema, Liquibase's included, as its rows in text form, sorted. */
    private static Map<String, List<String>> rowsOfEveryTable(DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
                .query(String.class).list()) {
            rows.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return rows;
    }

    private static EmbeddedPostgres server(Path dataDirectory) throws IOException {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, hardware) -> postgres15())
                .setDataDirectory(dataDirectory)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }

    /** The server bundle inside the zonky jar: one .txz for the platform. */
    private static InputStream postgres15() throws IOException {
        ZipFile jar = new ZipFile(SERVER_BINARIES.toFile());
        InputStream txz = jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"));
        return new java.io.FilterInputStream(txz) {
            @Override
            public void close() throws IOException {
                super.close();
                jar.close();
            }
        };
    }

    private static String port(EmbeddedPostgres server) {
        return Integer.toString(server.getPort());
    }

    private void run(String tool, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(CLIENT.resolve(tool).toString());
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(work, tool, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        assertThat(process.exitValue()).as(tool + ": " + Files.readString(log)).isZero();
    }
}
