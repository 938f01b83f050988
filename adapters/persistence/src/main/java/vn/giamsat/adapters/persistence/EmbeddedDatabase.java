package vn.giamsat.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A PostgreSQL 17 server run from the zonky binaries on Maven Central: the local default and the tests'
 * database. Loopback only, trust authentication, database {@code postgres}. Closing it closes its pools
 * and stops the server.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    /** Login role of the read-only portal, member of {@code giamsat_reader}. */
    public static final String READER_LOGIN = "giamsat_portal";

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
            return new EmbeddedDatabase(builder.start());
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

    /** A pooled DataSource for the superuser: migrations and the writing apps. */
    public synchronized DataSource superuserDataSource() {
        return pool(SUPERUSER, "giamsat-superuser");
    }

    /**
     * A pooled DataSource for the {@value #READER_LOGIN} login role, created here if missing. Its rights come
     * from {@code giamsat_reader}, which the migration grants; run the migration before reading.
     */
    public synchronized DataSource readerDataSource() {
        ensureReaderLogin();
        return pool(READER_LOGIN, "giamsat-reader");
    }

    private void ensureReaderLogin() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // Same guard as the changelog: roles are cluster-wide and may already exist.
            s.execute("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'giamsat_reader') THEN
                            CREATE ROLE giamsat_reader NOLOGIN;
                        END IF;
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'giamsat_portal') THEN
                            CREATE ROLE giamsat_portal LOGIN IN ROLE giamsat_reader;
                        END IF;
                    END
                    $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the portal's login role", e);
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
