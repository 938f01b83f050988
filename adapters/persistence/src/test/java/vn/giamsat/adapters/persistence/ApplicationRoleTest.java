package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * Issue 14.6, decision 021: the application's own database role cannot be turned against the audit log. Every
 * statement here runs on the connection the admin UI gets ({@code giamsat_app}, member of {@code giamsat_writer}):
 * a compromised application (an injection, a stolen connection) tries what it would, and the server refuses it
 * for lack of a right, not because of a trigger a superuser or owner could switch off.
 */
class ApplicationRoleTest {
    private final DataSource app = TestDatabase.appDataSource();
    private final JdbcClient asApp = JdbcClient.create(app);

    @BeforeEach
    void oneUnit() {
        TestDatabase.truncateAll();
        new Fixtures(Adapters.on(app)).storeUnits();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ALTER TABLE administrative_unit DISABLE TRIGGER audit",
            "ALTER TABLE administrative_unit DISABLE TRIGGER ALL",
            "DROP TRIGGER audit ON administrative_unit",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
            "DROP TRIGGER audit_log_append_only ON audit_log",
            "ALTER TABLE audit_log ADD COLUMN forged boolean",
            "DROP TABLE audit_log",
            "CREATE OR REPLACE FUNCTION audit_actor_id() RETURNS text LANGUAGE sql AS $$ SELECT 'someone else' $$"})
    void the_app_can_neither_switch_off_nor_change_the_audit_triggers_and_tables(String sql) {
        assertThat(refusal(sql)).containsAnyOf("must be owner", "permission denied");
    }

    @Test
    void the_app_cannot_write_audit_entries_of_its_own() {
        assertThat(refusal("""
                INSERT INTO audit_log (at, tx_id, actor_id, table_name, row_key, operation)
                VALUES (now(), 1, 'ct.hdnd', 'supervision_round', '1', 'DELETE')"""))
                .contains("permission denied for table audit_log");
        assertThat(refusal("INSERT INTO audit_pending (tx_id, table_name, row_key) VALUES (1, 'x', 'y')"))
                .contains("permission denied for table audit_pending");
        assertThat(refusal("COPY audit_log (at, tx_id, actor_id, table_name, operation) FROM STDIN"))
                .contains("permission denied for table audit_log");
    }

    @Test
    void the_app_cannot_change_or_remove_audit_entries_even_with_the_triggers_aside() {
        // The append-only trigger refuses these too; the point is that the role has no right to begin with.
        assertThat(refusal("UPDATE audit_log SET actor_id = 'someone else'"))
                .contains("permission denied for table audit_log");
        assertThat(refusal("DELETE FROM audit_log")).contains("permission denied for table audit_log");
        assertThat(refusal("TRUNCATE audit_log")).contains("permission denied for table audit_log");
        assertThat(refusal("SET session_replication_role = replica")).contains("permission denied");
    }

    @Test
    void the_app_cannot_run_programs_or_write_files_on_the_server() {
        assertThat(refusal("COPY (SELECT 1) TO PROGRAM 'touch /tmp/giamsat-app-ran-this'"))
                .contains("permission denied to COPY to or from an external program");
        assertThat(refusal("COPY (SELECT 1) TO '/tmp/giamsat-app-wrote-this'"))
                .contains("permission denied to COPY to a file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"giamsat_owner", "giamsat_audit", "giamsat_migrator", "postgres"})
    void the_app_cannot_become_another_role(String role) {
        assertThat(refusal("SET ROLE " + role)).contains("permission denied to set role");
        assertThat(refusal("SET SESSION AUTHORIZATION " + role)).contains("permission denied");
    }

    @Test
    void the_app_is_no_superuser_owns_nothing_and_creates_nothing_in_the_schema() {
        assertThat(asApp.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class)
                .single()).isFalse();
        assertThat(asApp.sql("""
                SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace
                   AND pg_has_role(current_user, relowner, 'USAGE')""").query(Long.class).single())
                .as("tables, sequences, views of the schema the app's role owns or acts as the owner of").isZero();
        assertThat(refusal("CREATE TABLE my_own (id int)")).contains("permission denied for schema public");
        assertThat(refusal("TRUNCATE administrative_unit CASCADE"))
                .as("TRUNCATE skips the row triggers: not a right of the app").contains("permission denied");
    }

    @Test
    void the_app_cannot_hang_the_audit_trigger_on_a_table_of_its_own_to_forge_entries() {
        assertThat(refusal("""
                CREATE TEMP TABLE supervision_round (id bigint PRIMARY KEY);
                CREATE TRIGGER audit AFTER INSERT ON pg_temp.supervision_round
                    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id')"""))
                .contains("permission denied for function audit_row_change");
    }

    @Test
    void a_setting_the_app_may_set_cannot_keep_its_writes_out_of_the_audit_log() throws SQLException {
        long before = lastEntry();
        try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            // Pretends the transaction's netting is armed already: used to skip it, and the write with it.
            st.execute("SELECT set_config('giamsat.audit_armed', txid_current()::text, true)");
            st.execute("UPDATE administrative_unit SET name = 'Phú Ninh (sửa lén)' WHERE code = '518'");
            c.commit();
        }
        assertThat(asApp.sql("SELECT count(*) FROM audit_log WHERE id > ? AND table_name = 'administrative_unit'"
                + " AND operation = 'UPDATE' AND after ->> 'name' = 'Phú Ninh (sửa lén)'").param(before)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_app_still_writes_rows_says_who_acts_and_reads_the_log() throws SQLException {
        long before = lastEntry();
        try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SELECT set_config('giamsat.actor', 'vp.hdnd', true), set_config('giamsat.action',"
                    + " 'UnitCatalogService.rename', true)");
            st.execute("UPDATE administrative_unit SET name = 'Huyện Phú Ninh' WHERE code = '518'");
            c.commit();
        }
        assertThat(asApp.sql("SELECT actor_id || ' ' || action FROM audit_log WHERE id > ?"
                + " AND table_name = 'administrative_unit'").param(before).query(String.class).list())
                .containsExactly("vp.hdnd UnitCatalogService.rename");
        asApp.sql("SELECT audit_security_event('LOGIN_FAILURE', 'nobody', '{}'::jsonb)").query().listOfRows();
    }

    private long lastEntry() {
        return asApp.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();
    }

    /** The server's message refusing {@code sql} on the app's connection (the test fails if it is accepted). */
    private String refusal(String sql) {
        try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                st.execute(sql);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
        throw new AssertionError("the application's role was allowed: " + sql);
    }
}
