package vn.giamsat.adapters.persistence.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The portal's login role (vai trò đăng nhập chỉ đọc của cổng thông tin), made or updated by the migration job
 * ({@link MigrateOnly}) and by the local launcher alike. {@code CREATE ROLE}, {@code ALTER ROLE} and {@code GRANT}
 * take no bind parameters, so each statement is first written by PostgreSQL itself with {@code format()}: {@code %I}
 * quotes a role name when it needs it ({@code quote_ident}), {@code %L} quotes the password ({@code quote_literal}).
 * A name or password with quotes, spaces, capitals or semicolons is taken as it is, never read as SQL.
 *
 * <p>Plain JDBC and nothing else: the launcher puts only this module's jar on its class path for it.
 */
public final class DatabaseRoles {
    private DatabaseRoles() {}

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
