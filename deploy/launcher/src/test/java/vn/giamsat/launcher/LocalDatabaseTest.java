package vn.giamsat.launcher;

import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.startup.DatabaseRoles;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDatabaseTest {

    @TempDir
    Path local;

    @Test
    void data_and_roles_survive_a_restart_on_the_same_port_and_directory() throws Exception {
        Path data = local.resolve("pgdata");
        Path log = local.resolve("logs/postgres.log");
        int port = FreePorts.any();

        DatabaseRoles.Passwords passwords = new DatabaseRoles.Passwords("m", "a", "it's secret");
        try (LocalDatabase db = LocalDatabase.start(data, port, log)) {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                // A table as the launcher made them before decision 021: the superuser's.
                s.execute("CREATE TABLE published (title text)");
                s.execute("INSERT INTO published VALUES ('Kết quả giám sát')");
            }
            db.prepareRoles(passwords);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "giamsat_migrator", "m");
                 Statement s = c.createStatement()) {
                s.execute("GRANT SELECT ON published TO giamsat_reader");
                try (ResultSet rs = s.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'published'")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("handed over to the owner role").isEqualTo("giamsat_owner");
                }
            }
        }
        assertThat(Ports.isFree(port)).as("port released after close").isTrue();
        assertThat(data.resolve("PG_VERSION")).content().isEqualToIgnoringWhitespace("17");

        try (LocalDatabase db = LocalDatabase.start(data, port, log)) {
            // The launcher's second run finds the roles and must not fail.
            db.prepareRoles(passwords);
            try (Connection portal = DriverManager.getConnection(db.jdbcUrl(), "giamsat_portal", "it's secret");
                 Statement s = portal.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT title FROM published")) {
                    assertThat(rs.next()).as("data written before the restart").isTrue();
                    assertThat(rs.getString(1)).isEqualTo("Kết quả giám sát");
                }
                assertThatThrownBy(() -> s.execute("INSERT INTO published VALUES ('x')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("read-only transaction");
                s.execute("SET default_transaction_read_only = off");
                assertThatThrownBy(() -> s.execute("INSERT INTO published VALUES ('x')"))
                        .as("without the guard, the missing grant still refuses the write")
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), "giamsat_app", "a");
                 Statement s = app.createStatement();
                 ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("the admin UI's login is no superuser").isFalse();
            }
        }
        assertThat(log).content().contains("database system is ready");
    }
}
