package vn.giamsat.adapters.persistence.testing;

import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.EmbeddedDatabase;

/**
 * One embedded PostgreSQL per test JVM, started on first use, migrated with the project's changelog and
 * stopped by a JVM shutdown hook. Tests share it: call {@link #truncateAll()} before each test.
 *
 * <p>Spring Boot tests of the apps point their DataSource at it:
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry r) {
 *     r.add("spring.datasource.url", TestDatabase::jdbcUrl);
 *     r.add("spring.datasource.username", TestDatabase::appLogin);   // or TestDatabase::readerLogin
 *     r.add("spring.liquibase.enabled", () -> "false");              // migrated already, as the migration login
 * }
 * }</pre>
 * The apps under test connect as the roles they get in production (decision 021): the writing app as
 * {@code giamsat_app} (rows of the business tables only), the portal as {@code giamsat_portal}; so a test that passes
 * proves the grants suffice. Only the migration login changes the schema; the superuser only makes databases.
 */
public final class TestDatabase {
    private static volatile Holder holder;

    private TestDatabase() {}

    private record Holder(EmbeddedDatabase db, DataSource superuser, DataSource migrator, DataSource app,
                          DataSource reader, List<String> tables) {}

    private static Holder holder() {
        Holder h = holder;
        if (h == null) {
            synchronized (TestDatabase.class) {
                h = holder;
                if (h == null) {
                    h = start();
                    holder = h;
                }
            }
        }
        return h;
    }

    private static Holder start() {
        EmbeddedDatabase db = EmbeddedDatabase.start(null, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-database-shutdown"));
        DataSource migrator = db.migrationDataSource();
        try {
            migrate(migrator);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        List<String> tables = JdbcClient.create(migrator).sql("""
                SELECT tablename FROM pg_tables
                 WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%'
                   AND tablename NOT LIKE 'audit\\_%'
                """).query(String.class).list();
        return new Holder(db, db.superuserDataSource(), migrator, db.appDataSource(), db.readerDataSource(), tables);
    }

    /**
     * Applies the project's changelog with {@code migrator}, connections as the migration login (acting as
     * {@code giamsat_owner}) to a database whose roles are made ({@link #createRoles}).
     */
    public static void migrate(DataSource migrator) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(migrator);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Migrating the test database failed", e);
        }
    }

    /** Connections as the superuser: only to make or drop databases and roles; no app connects so. */
    public static DataSource superuserDataSource() {
        return holder().superuser();
    }

    /** Connections as {@code giamsat_migrator}, acting as the schema's owner: migrations, and emptying tables. */
    public static DataSource migrationDataSource() {
        return holder().migrator();
    }

    /** Connections as {@code giamsat_app}, the writing app's login: rows of the business tables only. */
    public static DataSource appDataSource() {
        return holder().app();
    }

    /** Makes the project's roles, and their rights on the schema, in another database of the test server. */
    public static void createRoles(String databaseName) {
        String url = jdbcUrl().replaceFirst("/postgres$", "/" + databaseName);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, superuser(), "")) {
            vn.giamsat.adapters.persistence.startup.DatabaseRoles.createRoles(c,
                    vn.giamsat.adapters.persistence.startup.DatabaseRoles.Passwords.NONE);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot make the roles in " + databaseName, e);
        }
    }

    /** Connections as {@code giamsat_portal}, a login member of {@code giamsat_reader}: what the portal gets. */
    public static DataSource readerDataSource() {
        return holder().reader();
    }

    public static String jdbcUrl() {
        return holder().db().jdbcUrl();
    }

    public static String superuser() {
        return EmbeddedDatabase.SUPERUSER;
    }

    public static String appLogin() {
        holder();
        return EmbeddedDatabase.APP_LOGIN;
    }

    public static String migrationLogin() {
        holder();
        return EmbeddedDatabase.MIGRATOR_LOGIN;
    }

    public static String readerLogin() {
        holder();
        return EmbeddedDatabase.READER_LOGIN;
    }

    /**
     * Empties every table of the schema (not Liquibase's own, not the audit log: it is append-only and refuses a
     * TRUNCATE; audit tests look at the entries made after their start), for a clean start of each test.
     */
    public static void truncateAll() {
        Holder h = holder();
        JdbcClient.create(h.migrator())
                .sql("TRUNCATE TABLE " + String.join(", ", h.tables()) + " RESTART IDENTITY CASCADE")
                .update();
    }
}
