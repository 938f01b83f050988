package vn.giamsat.launcher;

import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands in for the admin UI and portal boot jars in launcher tests: reads the same arguments, does the
 * database work that matters to the launcher, and answers {@code /actuator/health}.
 * <ul>
 *   <li>{@code admin}: as the migration login, creates a table giamsat_reader may read (what Liquibase does);
 *       exits 5 if its own login is a superuser or may create tables (decision 021);</li>
 *   <li>{@code portal}: connects with the credentials it was given, reads, and exits 4 if it could write;</li>
 *   <li>{@code crash}: prints a failure and exits 3 (an app that dies while starting).</li>
 * </ul>
 */
public final class StubApp {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        // Run as `java -jar stub-admin.jar` (by hand, like the real jars) the role comes from the jar's name.
        String role = opts.getOrDefault("stub-role",
                java.nio.file.Path.of(System.getProperty("java.class.path")).getFileName().toString()
                        .replaceAll("^stub-|\\.jar$", ""));
        System.out.println("stub " + role + " starting, read-only=" + opts.get("giamsat.database.read-only")
                + ", demo-data=" + opts.get("giamsat.demo-data"));
        System.out.println("stub " + role + " national-unit-lists=" + opts.get("giamsat.national-unit-lists"));
        String url = opts.get("spring.datasource.url");
        String user = opts.get("spring.datasource.username");
        String password = opts.get("spring.datasource.password");
        switch (role) {
            case "crash" -> {
                System.out.println("boom: migration failed");
                System.exit(3);
            }
            case "admin" -> {
                migrate(url, opts.get("giamsat.migration.user"), opts.get("giamsat.migration.password"));
                if (!rowsOnly(url, user, password)) {
                    System.out.println("admin UI's login may change the schema: refusing to start");
                    System.exit(5);
                }
            }
            case "portal" -> {
                if (!readOnlyAccess(url, user, password)) {
                    System.out.println("portal could write: refusing to start");
                    System.exit(4);
                }
            }
            default -> throw new IllegalArgumentException(role);
        }
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getByName(opts.get("server.address")),
                        Integer.parseInt(opts.get("server.port"))), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("stub " + role + " ready");
    }

    private static void migrate(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS published (title text)");
            s.execute("INSERT INTO published VALUES ('Kết quả giám sát')");
            s.execute("GRANT SELECT ON published TO giamsat_reader");
        }
    }

    private static boolean rowsOnly(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper OR has_schema_privilege('public', 'CREATE')"
                     + " FROM pg_roles WHERE rolname = current_user")) {
            rs.next();
            System.out.println("admin connects as " + user);
            return !rs.getBoolean(1);
        }
    }

    private static boolean readOnlyAccess(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM published")) {
                rs.next();
                System.out.println("portal reads " + rs.getLong(1) + " published row(s) as " + user);
            }
            try {
                s.execute("INSERT INTO published VALUES ('written by the portal')");
                return false;
            } catch (SQLException expected) {
                return true;
            }
        }
    }
}
