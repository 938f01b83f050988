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
    private final JdbcClient server = JdbcClient.create(TestDatabase.superuserDataSource());

    @BeforeEach
    void freshDatabase() {
        dropTestDatabase();
        server.sql("CREATE DATABASE " + DATABASE).update();
        TestDatabase.createRoles(DATABASE);   // what an administrator does once, before the first migration
    }

    @AfterEach
    void dropTestDatabase() {
        server.sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
    }

    private static String url() {
        return TestDatabase.jdbcUrl().replaceFirst("/postgres$", "/" + DATABASE);
    }

    private static String[] jobArguments(String... more) {
        String[] base = {MigrateOnly.ARGUMENT, "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + TestDatabase.migrationLogin(), "--spring.datasource.password=x"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static JdbcClient migrated() {
        return JdbcClient.create(new SingleConnectionDataSource(url(), TestDatabase.superuser(), "", true));
    }

    @Test
    void theJobCreatesTheSchemaOwnedByTheOwnerRole() {
        MigrateOnly.run(jobArguments());

        JdbcClient db = migrated();
        long applied = db.sql("SELECT count(*) FROM databasechangelog").query(Long.class).single();
        long appliedInTests = server.sql("SELECT count(*) FROM databasechangelog").query(Long.class).single();
        assertThat(applied).isEqualTo(appliedInTests).isPositive();
        assertThat(db.sql("SELECT count(*) FROM administrative_unit").query(Long.class).single()).isZero();
        assertThat(db.sql("""
                SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class
                 WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')""").query(String.class).list())
                .as("the migration login owns nothing itself").containsExactlyInAnyOrder("giamsat_owner", "giamsat_audit");
    }

    @Test
    void aSecondRunChangesNothing() {
        MigrateOnly.run(jobArguments());
        long applied = migrated().sql("SELECT count(*) FROM databasechangelog").query(Long.class).single();

        MigrateOnly.run(jobArguments());

        assertThat(migrated().sql("SELECT count(*) FROM databasechangelog").query(Long.class).single())
                .isEqualTo(applied);
    }

    @Test
    void theJobRefusesToMigrateAsTheApplicationsRole() {
        String[] asApp = jobArguments();
        asApp[2] = "--spring.datasource.username=" + TestDatabase.appLogin();
        assertThatThrownBy(() -> MigrateOnly.run(asApp)).isInstanceOf(Exception.class);
        assertThat(migrated().sql("SELECT count(*) FROM pg_class WHERE relname = 'administrative_unit'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void withoutADatabaseUrlTheJobSaysWhichVariablesItNeeds() {
        assertThatThrownBy(() -> MigrateOnly.run(MigrateOnly.ARGUMENT))
                .hasRootCauseMessage("GIAMSAT_MIGRATE_ONLY needs the database: set GIAMSAT_DB_URL,"
                        + " GIAMSAT_DB_USER and GIAMSAT_DB_PASSWORD (the migration login, giamsat_migrator).");
    }

    @Test
    void theJobIsAskedForByTheEnvironmentOrAnArgument() {
        assertThat(MigrateOnly.requested(new String[0], Map.of("GIAMSAT_MIGRATE_ONLY", "true")::get)).isTrue();
        assertThat(MigrateOnly.requested(new String[] {MigrateOnly.ARGUMENT}, Map.<String, String>of()::get)).isTrue();
        assertThat(MigrateOnly.requested(new String[0], Map.of("GIAMSAT_MIGRATE_ONLY", "false")::get)).isFalse();
        assertThat(MigrateOnly.requested(new String[0], Map.<String, String>of()::get)).isFalse();
    }
}
