package vn.giamsat.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.giamsat.adapters.persistence.startup.DatabaseRoles;

/**
 * A PostgreSQL 17 server run from the zonky binaries on Maven Central: the local default and the tests'
 * database. Loopback only, trust authentication, database {@code postgres}. Closing it closes its pools
 * and stops the server. At start its superuser makes the project's roles ({@link DatabaseRoles#createRoles},
 * decision 021); nothing else connects as the superuser: migrations log in as {@value #MIGRATOR_LOGIN} (acting as
 * the owner), the writing app as {@value #APP_LOGIN}, the portal as {@value #READER_LOGIN}.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    /** Login role of the read-only portal, member of {@code giamsat_reader}. */
    public static final String READER_LOGIN = DatabaseRoles.PORTAL_LOGIN;
    /** Login of the writing app (the admin UI), member of {@code giamsat_writer}: rows only, no schema. */
    public static final String APP_LOGIN = DatabaseRoles.APP_LOGIN;
    /** Login of the migrations, whose sessions act as the owner {@code giamsat_owner}. */
    public static final String MIGRATOR_LOGIN = DatabaseRoles.MIGRATOR_LOGIN;

    private final EmbeddedPostgres postgres;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the data lives between runs, or {@code null} for a fresh temporary directory
     * @param port          a fixed port, or 0 for a free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setRegisterShutdownHook(true);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
            db.createRoles();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** The URL without a user in it, so that the user given beside it (spring.datasource.username) counts. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    /** A pooled DataSource for the superuser: administration only (making databases, roles); no app uses it. */
    public synchronized DataSource superuserDataSource() {
        return pool(SUPERUSER, "giamsat-superuser");
    }

    /** A pooled DataSource for {@value #MIGRATOR_LOGIN}: Liquibase; its sessions act as {@code giamsat_owner}. */
    public synchronized DataSource migrationDataSource() {
        return pool(MIGRATOR_LOGIN, "giamsat-migrator");
    }

    /** A pooled DataSource for {@value #APP_LOGIN}: the writing app, with rights on rows only. */
    public synchronized DataSource appDataSource() {
        return pool(APP_LOGIN, "giamsat-app");
    }

    /**
     * A pooled DataSource for the {@value #READER_LOGIN} login role. Its rights come from {@code giamsat_reader},
     * which the migration grants; run the migration before reading.
     */
    public synchronized DataSource readerDataSource() {
        return pool(READER_LOGIN, "giamsat-reader");
    }

    /** The project's roles, made or put back to their rights (cluster-wide, so they may exist already). */
    private void createRoles() {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            DatabaseRoles.createRoles(c, DatabaseRoles.Passwords.NONE);
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Cannot create the database roles", e);
        }
    }

    private DataSource pool(String user, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(user);
        config.setMaximumPoolSize(5);
        config.setMinimumIdle(0);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    @Override
    public synchronized void close() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        }
    }
}
