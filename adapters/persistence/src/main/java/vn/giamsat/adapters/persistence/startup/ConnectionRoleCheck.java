package vn.giamsat.adapters.persistence.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, asks the database who the app is (decision 021): an app that logs in as a superuser, as the schema's
 * owner or as the audit role could switch the audit off, whatever the code does. In production such a start is
 * refused; elsewhere it is logged as a warning. A database that cannot be asked (down at start) is not a reason
 * to refuse: the portal serves its last known pages meanwhile.
 */
public final class ConnectionRoleCheck {
    private static final Logger log = LoggerFactory.getLogger(ConnectionRoleCheck.class);
    private static final String QUERY = """
            SELECT current_user, r.rolsuper,
                   EXISTS (SELECT FROM pg_roles o WHERE o.rolname IN ('giamsat_owner', 'giamsat_audit')
                              AND pg_has_role(current_user, o.oid, 'USAGE')),
                   EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
                              AND pg_has_role(current_user, c.relowner, 'USAGE'))
              FROM pg_roles r WHERE r.rolname = current_user""";

    private ConnectionRoleCheck() {}

    /** What is wrong with the role {@code dataSource} logs in as, if anything. */
    public static Optional<String> problem(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(QUERY);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            String user = rs.getString(1);
            if (rs.getBoolean(2)) {
                return Optional.of("the app logs in as " + user + ", a superuser");
            }
            if (rs.getBoolean(3) || rs.getBoolean(4)) {
                return Optional.of("the app logs in as " + user + ", which owns or acts as the owner of tables"
                        + " (giamsat_owner, giamsat_audit): it could switch the audit log off");
            }
            return Optional.empty();
        }
    }

    /** Refuses ({@code production}) or warns when the app's role may change the schema or the audit log. */
    public static void check(DataSource dataSource, boolean production) {
        Optional<String> problem;
        try {
            problem = problem(dataSource);
        } catch (SQLException e) {
            log.warn("Không kiểm tra được vai trò CSDL / could not check the database role: {}", e.getMessage());
            return;
        }
        problem.ifPresent(p -> {
            String message = "Vai trò CSDL của ứng dụng quá rộng / " + p + ". Use giamsat_app (admin UI) or"
                    + " giamsat_portal (portal): docs/decisions/021-three-database-roles.md";
            if (production) {
                throw new IllegalStateException(message);
            }
            log.warn(message);
        });
    }
}
