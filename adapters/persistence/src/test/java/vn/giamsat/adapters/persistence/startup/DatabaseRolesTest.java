package vn.giamsat.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * The portal's login role made on the real PostgreSQL with a name and a password that would break (or inject into)
 * a statement built by concatenation: both are taken literally.
 */
class DatabaseRolesTest {
    private static final String NAME = "Portal \"o'hara\"; CREATE ROLE injected_by_name; --";
    private static final String PASSWORD = "it's \"x\"'; CREATE ROLE injected_by_password; --";
    private final DataSource superuser = TestDatabase.superuserDataSource();
    private final JdbcClient db = JdbcClient.create(superuser);

    @AfterEach
    void dropTheRoles() {
        for (String role : List.of(NAME, "giamsat_portal_plain", "injected_by_name", "injected_by_password")) {
            db.sql("DROP ROLE IF EXISTS \"" + role.replace("\"", "\"\"") + "\"").update();
        }
    }

    @Test
    void a_name_and_a_password_with_quotes_make_exactly_that_role_and_nothing_else() throws Exception {
        try (Connection c = superuser.getConnection()) {
            DatabaseRoles.ensureReadOnlyLogin(c, NAME, PASSWORD, MigrateOnly.READER_GROUP);
        }

        assertThat(role(NAME)).containsEntry("login", true).containsEntry("reader", true)
                .containsEntry("config", "default_transaction_read_only=on");
        assertThat(passwordIs(NAME, PASSWORD)).as("the password, stored as given").isTrue();
        assertThat(db.sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'injected%'").query(Long.class).single())
                .as("no statement smuggled in by the name or the password").isZero();
    }

    @Test
    void run_again_it_sets_the_new_password_and_keeps_one_role() throws Exception {
        try (Connection c = superuser.getConnection()) {
            DatabaseRoles.ensureReadOnlyLogin(c, NAME, "first", MigrateOnly.READER_GROUP);
            DatabaseRoles.ensureReadOnlyLogin(c, NAME, PASSWORD, MigrateOnly.READER_GROUP);
        }

        assertThat(db.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?").param(NAME).query(Long.class).single())
                .isOne();
        assertThat(passwordIs(NAME, PASSWORD)).isTrue();
        assertThat(passwordIs(NAME, "first")).isFalse();
        assertThat(role(NAME)).containsEntry("reader", true);
    }

    @Test
    void a_plain_name_stays_the_name_it_always_was() throws Exception {
        try (Connection c = superuser.getConnection()) {
            DatabaseRoles.ensureReadOnlyLogin(c, "giamsat_portal_plain", "p", MigrateOnly.READER_GROUP);
            assertThat(DatabaseRoles.exists(c, "giamsat_portal_plain")).isTrue();
        }
        assertThat(role("giamsat_portal_plain")).containsEntry("login", true).containsEntry("reader", true);
    }

    @Test
    void the_roles_script_takes_back_every_right_the_apps_logins_were_given_beyond_their_group() throws Exception {
        db.sql("GRANT giamsat_owner, giamsat_audit, pg_execute_server_program TO giamsat_app").update();
        db.sql("ALTER ROLE giamsat_app CREATEROLE").update();
        try (Connection c = superuser.getConnection()) {
            DatabaseRoles.createRoles(c, new DatabaseRoles.Passwords("", PASSWORD, ""));
        }

        assertThat(db.sql("""
                SELECT g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
                 WHERE am.member = 'giamsat_app'::regrole""").query(String.class).list())
                .containsExactly("giamsat_writer");
        assertThat(db.sql("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = 'giamsat_app'")
                .query(Boolean.class).single()).isFalse();
        assertThat(passwordIs("giamsat_app", PASSWORD)).as("the password, stored as given").isTrue();
        assertThat(db.sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'injected%'").query(Long.class).single())
                .isZero();
        assertThat(db.sql("SELECT current_setting('giamsat.app_password', true)").query(String.class).optional()
                .orElse("")).as("the password does not stay in a setting of the pooled connection").isEmpty();
    }

    private Map<String, Object> role(String name) {
        return db.sql("""
                SELECT r.rolcanlogin AS login, array_to_string(r.rolconfig, ',') AS config,
                       pg_has_role(r.oid, 'giamsat_reader', 'MEMBER') AS reader
                  FROM pg_roles r WHERE r.rolname = ?""").param(name).query().singleRow();
    }

    /**
     * Whether the stored SCRAM-SHA-256 secret ({@code SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey}, RFC 5802)
     * was made from {@code password}: the embedded server trusts loopback, so signing in would not tell.
     */
    private boolean passwordIs(String role, String password) throws Exception {
        String secret = db.sql("SELECT rolpassword FROM pg_authid WHERE rolname = ?").param(role)
                .query(String.class).single();
        assertThat(secret).startsWith("SCRAM-SHA-256$");
        String[] parts = secret.substring("SCRAM-SHA-256$".length()).split("[$:]");
        int iterations = Integer.parseInt(parts[0]);
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(salted, "HmacSHA256"));
        byte[] storedKey = MessageDigest.getInstance("SHA-256")
                .digest(hmac.doFinal("Client Key".getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString(storedKey).equals(parts[2]);
    }
}
