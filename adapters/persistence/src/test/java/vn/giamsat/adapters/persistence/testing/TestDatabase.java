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
 *     r.add("spring.datasource.username", TestDatabase::superuser);   // or TestDatabase::readerLogin
 * }
 * }</pre>
 */
public final class TestDatabase {
    private static volatile Holder holder;

    private TestDatabase() {}

    private record Holder(EmbeddedDatabase db, DataSource superuser, DataSource reader, List<String> tables) {}

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
        DataSource superuser = db.superuserDataSource();
        try {
            migrate(superuser);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        List<String> tables = JdbcClient.create(superuser).sql("""
                SELECT tablename FROM pg_tables
                 WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%'
                   AND tablename NOT LIKE 'audit\\_%'
                """).query(String.class).list();
        return new Holder(db, superuser, db.readerDataSource(), tables);
    }

    /** Applies the project's changelog to another database, for tests that need one of their own. */
    public static void migrate(DataSource superuser) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(superuser);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Migrating the test database failed", e);
        }
    }

    /** Connections as the superuser (the role the writing apps and migrations use here). */
    public static DataSource superuserDataSource() {
        return holder().superuser();
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
        JdbcClient.create(h.superuser())
                .sql("TRUNCATE TABLE " + String.join(", ", h.tables()) + " RESTART IDENTITY CASCADE")
                .update();
    }
}
