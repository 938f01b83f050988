package vn.giamsat.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * The migration job on a database that has never been migrated: a fresh database in the shared test server
 * (roles are per server, tables per database), so the shared test schema stays as it is.
 */
class MigrateOnlyTest {
    private static final String DATABASE = "migrate_only_test";
    private static final String PORTAL_USER = "portal_from_job";
    private final JdbcClient server = JdbcClient.create(TestDatabase.superuserDataSource());

    @BeforeEach
    void freshDatabase() {
        dropTestDatabase();
        server.sql("CREATE DATABASE " + DATABASE).update();
    }

    @AfterEach
    void dropTestDatabase() {
        server.sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
        server.sql("DROP ROLE IF EXISTS " + PORTAL_USER).update();
    }

    private static String url() {
        return TestDatabase.jdbcUrl().replaceFirst("/postgres$", "/" + DATABASE);
    }

    private static String[] jobArguments(String... more) {
        String[] base = {MigrateOnly.ARGUMENT, "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + TestDatabase.superuser(), "--spring.datasource.password=x"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static JdbcClient migrated() {
        return JdbcClient.create(new SingleConnectionDataSource(url(), TestDatabase.superuser(), "", true));
    }

    @Test
    void theJobCreatesTheSchemaAndAReadOnlyPortalLogin() {
        MigrateOnly.run(jobArguments("--giamsat.migrate.portal-user=" + PORTAL_USER,
                "--giamsat.migrate.portal-password=from-the-secret"));

        JdbcClient db = migrated();
        long applied = db.sql("SELECT count(*) FROM databasechangelog").query(Long.class).single();
        long appliedInTests = server.sql("SELECT count(*) FROM databasechangelog").query(Long.class).single();
        assertThat(applied).isEqualTo(appliedInTests).isPositive();
        assertThat(db.sql("SELECT count(*) FROM administrative_unit").query(Long.class).single()).isZero();

        Map<String, Object> role = server.sql("""
                SELECT r.rolcanlogin AS login, array_to_string(r.rolconfig, ',') AS config,
                       pg_has_role(r.rolname, 'giamsat_reader', 'MEMBER') AS reader
                  FROM pg_roles r WHERE r.rolname = ?""").param(PORTAL_USER).query().singleRow();
        assertThat(role).containsEntry("login", true).containsEntry("reader", true)
                .containsEntry("config", "default_transaction_read_only=on");
    }

    @Test
    void aSecondRunChangesNothingAndKeepsTheLogin() {
        MigrateOnly.run(jobArguments("--giamsat.migrate.portal-user=" + PORTAL_USER,
                "--giamsat.migrate.portal-password=first"));
        long applied = migrated().sql("SELECT count(*) FROM databasechangelog").query(Long.class).single();

        MigrateOnly.run(jobArguments("--giamsat.migrate.portal-user=" + PORTAL_USER,
                "--giamsat.migrate.portal-password=rotated"));

        assertThat(migrated().sql("SELECT count(*) FROM databasechangelog").query(Long.class).single())
                .isEqualTo(applied);
        assertThat(server.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?").param(PORTAL_USER)
                .query(Long.class).single()).isOne();
    }

    @Test
    void withoutADatabaseUrlTheJobSaysWhichVariablesItNeeds() {
        assertThatThrownBy(() -> MigrateOnly.run(MigrateOnly.ARGUMENT))
                .hasRootCauseMessage("GIAMSAT_MIGRATE_ONLY needs the database: set GIAMSAT_DB_URL,"
                        + " GIAMSAT_DB_USER and GIAMSAT_DB_PASSWORD (a role that may create tables and roles).");
    }

    @Test
    void aPortalUserThatIsNotAPlainRoleNameIsRefused() {
        assertThatThrownBy(() -> MigrateOnly.run(jobArguments("--giamsat.migrate.portal-user=x; DROP TABLE y",
                "--giamsat.migrate.portal-password=p")))
                .rootCause().hasMessageContaining("is not a plain role name");
    }

    @Test
    void theJobIsAskedForByTheEnvironmentOrAnArgument() {
        assertThat(MigrateOnly.requested(new String[0], Map.of("GIAMSAT_MIGRATE_ONLY", "true")::get)).isTrue();
        assertThat(MigrateOnly.requested(new String[] {MigrateOnly.ARGUMENT}, Map.<String, String>of()::get)).isTrue();
        assertThat(MigrateOnly.requested(new String[0], Map.of("GIAMSAT_MIGRATE_ONLY", "false")::get)).isFalse();
        assertThat(MigrateOnly.requested(new String[0], Map.<String, String>of()::get)).isFalse();
    }
}
