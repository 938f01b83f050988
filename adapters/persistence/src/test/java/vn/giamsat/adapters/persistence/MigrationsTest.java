package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * The rules of docs/decisions/014 for schema changes, checked on every build: each change set can be rolled
 * back and applied again, and only a change set labelled {@code contract} may remove or rename anything, so
 * the previous release keeps working while the new one's migration has run (expand / contract).
 *
 * <p>It works in a database of its own, created in the module's shared PostgreSQL server: rolling everything
 * back must not disturb the other tests.
 */
class MigrationsTest {
    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    /**
     * What breaks the previous release while it still runs: removing or renaming a table, column or function
     * it uses, changing a column's type, making a column required, or deleting rows it may read.
     */
    private static final Pattern CONTRACTING = Pattern.compile(
            "\\b(DROP\\s+(TABLE|COLUMN|VIEW|FUNCTION|TRIGGER|SEQUENCE|TYPE|SCHEMA)"
                    + "|RENAME\\s+(TO|COLUMN|CONSTRAINT)"
                    + "|ALTER\\s+COLUMN\\s+\\S+\\s+(SET\\s+DATA\\s+)?TYPE"
                    + "|ALTER\\s+COLUMN\\s+\\S+\\s+SET\\s+NOT\\s+NULL"
                    // a TRUNCATE statement, not a trigger's event ("BEFORE TRUNCATE ON", "OR TRUNCATE")
                    + "|(?<!BEFORE |AFTER |OR )TRUNCATE"
                    + "|DELETE\\s+FROM)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A new required column without a default: the previous release's inserts would fail. "IS NOT NULL" is a test
     * inside a CHECK constraint ("ADD CONSTRAINT … CHECK (… IS NOT NULL)"), not a column's NOT NULL.
     */
    private static final Pattern REQUIRED_COLUMN_WITHOUT_DEFAULT = Pattern.compile(
            "\\bADD\\s+(COLUMN\\s+)?(?:(?!\\bDEFAULT\\b)[^,;])*?(?<!\\bIS\\s)\\bNOT\\s+NULL\\b(?![^,;]*\\bDEFAULT\\b)",
            Pattern.CASE_INSENSITIVE);

    private String databaseName;
    private Connection connection;
    private Liquibase liquibase;

    @BeforeEach
    void freshDatabase() throws Exception {
        databaseName = "migrations_" + Long.toHexString(System.nanoTime());
        JdbcClient.create(TestDatabase.superuserDataSource()).sql("CREATE DATABASE " + databaseName).update();
        TestDatabase.createRoles(databaseName);
        String url = TestDatabase.jdbcUrl().replaceFirst("/postgres$", "/" + databaseName);
        // As in production: the migration login, acting as the schema's owner (decision 021).
        connection = DriverManager.getConnection(url, TestDatabase.migrationLogin(), "");
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        liquibase.close();
        JdbcClient.create(TestDatabase.superuserDataSource()).sql("DROP DATABASE " + databaseName + " WITH (FORCE)")
                .update();
    }

    @Test
    void every_change_set_rolls_back_to_an_empty_schema_and_applies_again_to_the_same_one() throws Exception {
        liquibase.update(new Contexts(), new LabelExpression());
        String applied = schema();
        int changeSets = liquibase.getDatabaseChangeLog().getChangeSets().size();
        assertThat(applied).contains("table published_version").contains("table dossier ");

        liquibase.rollback(changeSets, null, new Contexts(), new LabelExpression());
        assertThat(schema()).as("nothing of the project's left after rolling every change set back").isEmpty();
        assertThat(JdbcClient.create(TestDatabase.superuserDataSource())
                .sql("SELECT coalesce(datacl::text, '') FROM pg_database WHERE datname = ?").param(databaseName)
                .query(String.class).single()).as("the reader's grant on the database is taken back too")
                .doesNotContain("giamsat_reader");

        liquibase.update(new Contexts(), new LabelExpression());
        assertThat(schema()).isEqualTo(applied);
        assertThat(calendarDays()).as("the seeded days off, as corrected by 304 and 305, are there again").isEqualTo(85);
    }

    private long calendarDays() {
        return JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                .sql("SELECT count(*) FROM calendar_day").query(Long.class).single();
    }

    @Test
    void the_newest_change_set_alone_rolls_back_and_applies_again() throws Exception {
        liquibase.update(new Contexts(), new LabelExpression());
        String applied = schema();

        liquibase.rollback(1, null, new Contexts(), new LabelExpression());
        liquibase.update(new Contexts(), new LabelExpression());

        assertThat(schema()).isEqualTo(applied);
    }

    @Test
    void only_a_change_set_labelled_contract_removes_renames_or_narrows_what_the_previous_release_uses()
            throws Exception {
        Database database = liquibase.getDatabase();
        List<String> offences = new ArrayList<>();
        for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
            if (changeSet.getLabels() != null && changeSet.getLabels().getLabels().contains("contract")) {
                continue;
            }
            for (Change change : changeSet.getChanges()) {
                for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(change, database)) {
                    String code = withoutComments(sql.toSql());
                    if (CONTRACTING.matcher(code).find() || REQUIRED_COLUMN_WITHOUT_DEFAULT.matcher(code).find()) {
                        offences.add(changeSet.getId());
                    }
                }
            }
        }
        assertThat(offences).as("change sets that contract the schema without the label 'contract'").isEmpty();
    }

    @Test
    void the_check_recognises_contracting_statements() {
        assertThat(CONTRACTING.matcher("ALTER TABLE finding DROP COLUMN text").find()).isTrue();
        assertThat(CONTRACTING.matcher("alter table visit rename column note to remark").find()).isTrue();
        assertThat(CONTRACTING.matcher("ALTER TABLE visit ALTER COLUMN note TYPE text").find()).isTrue();
        assertThat(CONTRACTING.matcher("ALTER TABLE visit ALTER COLUMN note SET NOT NULL").find()).isTrue();
        assertThat(CONTRACTING.matcher("CREATE TABLE t (id int); CREATE INDEX t_id ON t (id)").find()).isFalse();
        assertThat(CONTRACTING.matcher("TRUNCATE visit").find()).isTrue();
        assertThat(CONTRACTING.matcher("CREATE TRIGGER t AFTER TRUNCATE ON visit FOR EACH STATEMENT").find()).isFalse();
        assertThat(withoutComments("CREATE FUNCTION f() RETURNS void AS $$ DELETE FROM visit $$ LANGUAGE sql; -- DROP TABLE x"))
                .doesNotContain("DELETE").doesNotContain("DROP");
        assertThat(withoutComments("CHECK (operation IN ('DELETE', 'TRUNCATE'))")).doesNotContain("TRUNCATE");
        assertThat(withoutComments("DO $$ BEGIN DROP TABLE visit; END $$")).as("a DO block runs now").contains("DROP");
        assertThat(REQUIRED_COLUMN_WITHOUT_DEFAULT.matcher("ALTER TABLE visit ADD COLUMN kind text NOT NULL").find())
                .isTrue();
        assertThat(REQUIRED_COLUMN_WITHOUT_DEFAULT.matcher(
                "ALTER TABLE visit ADD COLUMN kind text NOT NULL DEFAULT 'ON_SITE'").find()).isFalse();
        assertThat(REQUIRED_COLUMN_WITHOUT_DEFAULT.matcher("ALTER TABLE visit ADD COLUMN kind text").find()).isFalse();
        assertThat(REQUIRED_COLUMN_WITHOUT_DEFAULT.matcher(
                "ALTER TABLE visit ADD CONSTRAINT why CHECK (kind <> 'X' OR note IS NOT NULL)").find())
                .as("a CHECK's IS NOT NULL requires no column").isFalse();
    }

    /**
     * The statements a migration runs, without comments and without function bodies: a body (AS $$ ... $$) runs
     * later, when the function is called, and its DELETE of its own rows contracts nothing;
     * nor does a word in a string literal, such as 'TRUNCATE' in a CHECK's list of values.
     */
    private static String withoutComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?is)\\bAS\\s+\\$\\$.*?\\$\\$", "AS \\$\\$ \\$\\$")
                .replaceAll("'[^']*'", "''");
    }

    /** Tables, columns, indexes, constraints, sequences, functions and triggers of the schema, one per line. */
    private String schema() {
        JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                connection, true));
        List<String> lines = new ArrayList<>();
        lines.addAll(jdbc.sql("""
                SELECT 'table ' || c.relname || ' ' || string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attnotnull THEN '!' ELSE '' END, ',' ORDER BY a.attnum)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'databasechangelog%'
                 GROUP BY c.relname""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'index ' || indexdef FROM pg_indexes
                 WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%'""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                   AND conrelid::regclass::text NOT LIKE 'databasechangelog%'""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'sequence ' || sequencename FROM pg_sequences WHERE schemaname = 'public'""")
                .query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'function ' || p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace""")
                .query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'grant ' || grantee || ' ' || table_name || ' ' || privilege_type
                  FROM information_schema.role_table_grants
                 WHERE table_schema = 'public' AND grantee IN ('giamsat_reader', 'giamsat_writer')""")
                .query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'owner ' || c.relname || ' ' || pg_get_userbyid(c.relowner) FROM pg_class c
                 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v')
                   AND c.relname NOT LIKE 'databasechangelog%'""").query(String.class).list());
        return String.join("\n", lines.stream().sorted().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }
}
