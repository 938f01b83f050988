package vn.giamsat.adapters.persistence.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The database roles (decision 021: an owner only migrations act as, an audit role, the application's role with
 * rights on rows only) and the portal's login role (vai trò đăng nhập chỉ đọc của cổng thông tin), made or updated by the migration job
 * ({@link MigrateOnly}) and by the local launcher alike. {@code CREATE ROLE}, {@code ALTER ROLE} and {@code GRANT}
 * take no bind parameters, so each statement is first written by PostgreSQL itself with {@code format()}: {@code %I}
 * quotes a role name when it needs it ({@code quote_ident}), {@code %L} quotes the password ({@code quote_literal}).
 * A name or password with quotes, spaces, capitals or semicolons is taken as it is, never read as SQL.
 *
 * <p>Plain JDBC and nothing else: the launcher puts only this module's jar on its class path for it.
 */
public final class DatabaseRoles {
    /** Owns the schema; NOLOGIN, only migrations act as it. */
    public static final String OWNER = "giamsat_owner";
    /** Owns the audit log and its functions; NOLOGIN. */
    public static final String AUDIT = "giamsat_audit";
    /** The application's rights: rows of the business tables. NOLOGIN, held by {@link #APP_LOGIN}. */
    public static final String WRITER = "giamsat_writer";
    /** The portal's rights: what is published. NOLOGIN, held by {@link #PORTAL_LOGIN}. */
    public static final String READER = "giamsat_reader";
    /** The migrations' login: member of {@link #OWNER} (its sessions start as it) and {@link #AUDIT}. */
    public static final String MIGRATOR_LOGIN = "giamsat_migrator";
    /** The admin UI's login: member of {@link #WRITER} only. */
    public static final String APP_LOGIN = "giamsat_app";
    /** The portal's login: member of {@link #READER} only, read-only by default. */
    public static final String PORTAL_LOGIN = "giamsat_portal";
    /** The script an administrator runs (psql) and {@link #createRoles} runs (JDBC), one source for both. */
    public static final String SCRIPT = "db/giamsat-roles.sql";
    private static final String SCRIPT_MARKER = "-- roles --";

    private DatabaseRoles() {}

    /** Passwords of the three logins; an empty one leaves that login's password as it is. */
    public record Passwords(String migrator, String app, String portal) {
        public static final Passwords NONE = new Passwords("", "", "");

        public Passwords {
            migrator = migrator == null ? "" : migrator;
            app = app == null ? "" : app;
            portal = portal == null ? "" : portal;
        }

        @Override
        public String toString() {
            return "Passwords[...]";
        }
    }

    /**
     * Runs {@value #SCRIPT} (the part psql and JDBC share) on {@code admin}, a superuser's connection to the
     * application's database: makes the roles, resets their rights, sets the passwords given. Idempotent.
     */
    public static void createRoles(Connection admin, Passwords passwords) throws SQLException {
        try (PreparedStatement q = admin.prepareStatement("SELECT set_config('giamsat.migrator_password', ?, false),"
                + " set_config('giamsat.app_password', ?, false), set_config('giamsat.portal_password', ?, false)")) {
            q.setString(1, passwords.migrator());
            q.setString(2, passwords.app());
            q.setString(3, passwords.portal());
            q.execute();
        }
        try (Statement s = admin.createStatement()) {
            s.execute(scriptBody());
        } finally {
            try (Statement s = admin.createStatement()) {
                // The passwords do not stay in the session's settings.
                s.execute("RESET giamsat.migrator_password; RESET giamsat.app_password; RESET giamsat.portal_password");
            }
        }
    }

    /** The part of {@value #SCRIPT} after its psql lines. */
    static String scriptBody() {
        try (InputStream in = DatabaseRoles.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the class path");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int marker = script.indexOf(SCRIPT_MARKER);
            if (marker < 0) {
                throw new IllegalStateException(SCRIPT + " has no line '" + SCRIPT_MARKER + "'");
            }
            return script.substring(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code login} a login role with {@code password}, member of {@code group}, and read-only by default (a
     * forgotten write in the portal then fails loudly instead of writing). Idempotent: run again, it only sets the
     * password and the membership again.
     */
    public static void ensureReadOnlyLogin(Connection c, String login, String password, String group)
            throws SQLException {
        Objects.requireNonNull(password, "password"); // %L of null would be PASSWORD NULL: no password at all
        if (exists(c, login)) {
            execute(c, "ALTER ROLE %I WITH LOGIN PASSWORD %L", login, password);
            execute(c, "GRANT %I TO %I", group, login);
        } else {
            execute(c, "CREATE ROLE %I WITH LOGIN PASSWORD %L IN ROLE %I", login, password, group);
        }
        execute(c, "ALTER ROLE %I SET default_transaction_read_only = on", login);
    }

    public static boolean exists(Connection c, String role) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            q.setString(1, role);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs {@code template} with its {@code %I}/{@code %L} filled in by the server's {@code format()}. */
    private static void execute(Connection c, String template, String... values) throws SQLException {
        String sql;
        try (PreparedStatement q = c.prepareStatement("SELECT format(?, VARIADIC ?::text[])")) {
            q.setString(1, template);
            q.setArray(2, c.createArrayOf("text", values));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                sql = rs.getString(1);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
