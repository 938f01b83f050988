package vn.giamsat.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.giamsat.adapters.persistence.startup.DatabaseRoles;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL 17 (zonky) of the local run, on a fixed port and with a data directory that is kept,
 * so the data survive a restart. The superuser is {@code postgres}; authentication is {@code trust} on
 * loopback (zonky's initdb), which is fine for a local demo and never used in production.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;

    private LocalDatabase(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir} (created by initdb the first time).
     * Server output is appended to {@code logFile}.
     */
    public static LocalDatabase start(Path dataDir, int port, Path logFile) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        stopLeftoverServer(dataDir);
        Redirect log = Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // The launcher closes PostgreSQL itself, after the apps that use it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        return new LocalDatabase(postgres, dataDir, port);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), SUPERUSER, SUPERUSER_PASSWORD);
    }

    /**
     * Makes the project's roles (decision 021) with the local passwords, as an administrator would with
     * {@code db/giamsat-roles.sql}, and hands a schema made before them (every object then belonged to the
     * superuser, which the apps used) over to {@code giamsat_owner}, so the migrations can go on as the owner.
     * Idempotent. Only here, on the developer's own server, does the launcher act as the superuser.
     */
    public void prepareRoles(DatabaseRoles.Passwords passwords) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            DatabaseRoles.createRoles(c, passwords);
            s.execute(ADOPT_OLD_SCHEMA);
        }
    }

    /** Tables, views, sequences and functions of the schema still owned by the superuser, to giamsat_owner. */
    private static final String ADOPT_OLD_SCHEMA = """
            DO $$
            DECLARE
                r record;
            BEGIN
                FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                          WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = 'postgres'::regrole
                            AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                            -- a column's own sequence follows its table
                            AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                               AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO giamsat_owner', CASE r.relkind WHEN 'S' THEN 'SEQUENCE'
                                   WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.name);
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                          WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = 'postgres'::regrole
                            AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                               AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO giamsat_owner', r.name);
                END LOOP;
            END
            $$""";

    /**
     * Stops the server ({@code pg_ctl stop}). When no server runs on the data directory (a Ctrl-C killed it while
     * it was starting) there is nothing to stop, and pg_ctl would only fail with a stack trace in the log: skip
     * it. The data directory's lock is then released when the JVM exits.
     */
    @Override
    public void close() throws IOException {
        if (serverRunning()) {
            postgres.close();
        }
    }

    private boolean serverRunning() throws IOException {
        // The postmaster writes its pid file first thing: give one that was started a moment ago the time to.
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        do {
            if (runningPostmaster(dataDir).isPresent()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    /**
     * A launcher killed with SIGKILL cannot stop its PostgreSQL, which then keeps the data directory and the
     * port. Such a server is ours (it runs on our data directory): stop it with a fast shutdown (SIGINT).
     */
    static void stopLeftoverServer(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = runningPostmaster(dataDir);
        if (leftover.isEmpty()) {
            return;
        }
        long pid = leftover.get().pid();
        System.out.println("Dừng PostgreSQL còn sót từ lần chạy trước (pid " + pid + "). / Stopping PostgreSQL"
                + " left over from a previous run (pid " + pid + ").");
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            leftover.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new LaunchFailure("Không dừng được PostgreSQL cũ (pid " + pid + "); hãy dừng nó bằng: kill " + pid
                    + " / Could not stop the old PostgreSQL (pid " + pid + "); stop it with: kill " + pid, e);
        }
    }

    /** The postmaster serving {@code dataDir}, if one runs (found from its pid file). */
    static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // A stale pid file whose pid now belongs to another program is left to PostgreSQL, which handles it.
        return ProcessHandle.of(pid)
                .filter(ProcessTrees::isRunning)
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false));
    }
}
