package vn.giamsat.launcher;

import vn.giamsat.adapters.persistence.startup.DatabaseRoles;

import vn.giamsat.launcher.HealthCheck.Outcome;
import vn.giamsat.launcher.LauncherSettings.Setting;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the whole system on this machine with demo data: embedded PostgreSQL, then the admin UI (which migrates
 * the schema and loads the demo data), then the portal on a read-only role. Ctrl-C or SIGTERM stops the apps
 * (with everything they started) and then PostgreSQL.
 *
 * <p>Each app is a {@link ChildSpec} started and awaited in order by {@link #startAndAwait}. Keycloak, when it
 * comes, is one more child spec (its own command and health URL) started before the admin UI.
 */
public final class LocalLauncher {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final String PORTAL_ROLE = DatabaseRoles.PORTAL_LOGIN;
    /**
     * Passwords of the migration and app logins on the developer's server: it trusts every local connection
     * (no password is checked), so they are fixed and published; production refuses them.
     */
    static final String LOCAL_MIGRATOR_PASSWORD = "giamsat_migrator_local";
    static final String LOCAL_APP_PASSWORD = "giamsat_app_local";
    private static final int LOG_TAIL_LINES = 40;

    /** How to run an app's boot jar; tests put a stub program in its place. */
    @FunctionalInterface
    public interface AppCommand {
        List<String> forJar(Path jar);
    }

    private final LauncherSettings settings;
    private final AppCommand appCommand;
    private final ProcessSupervisor supervisor = new ProcessSupervisor();
    private final Leftovers leftovers;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile Thread startingThread;
    private volatile boolean anythingStarted;
    private LocalDatabase database; // guarded by this
    /** The local SMTP server's port (GIAMSAT_LOCAL_SMTP_PORT, default 3025): the admin UI's reminders go there. */
    static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("GIAMSAT_LOCAL_SMTP_PORT", "3025"));
    private volatile LocalMailServer mail;

    public LocalLauncher(LauncherSettings settings) {
        this(settings, javaJar(settings));
    }

    public LocalLauncher(LauncherSettings settings, AppCommand appCommand) {
        this.settings = settings;
        this.appCommand = appCommand;
        this.leftovers = new Leftovers(settings.localDir().resolve("run/children.pids"));
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            boolean help = args[0].equals("--help") || args[0].equals("-h");
            (help ? System.out : System.err).println(help());
            System.exit(help ? 0 : 2);
        }
        LocalLauncher launcher;
        try {
            launcher = new LocalLauncher(LauncherSettings.current());
        } catch (LaunchFailure f) {
            System.err.println(f.getMessage());
            System.exit(2);
            return;
        }
        launcher.sendLibraryLogsToFile();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "giamsat-launcher-stop"));
        try {
            launcher.start();
            System.out.println(launcher.readyMessage());
            Optional<SupervisedChild> died = launcher.supervisor.awaitFirstExit();
            if (died.isPresent()) {
                System.err.println(exitedMessage(died.get(), died.get().process().exitValue()));
                System.exit(1);
            }
        } catch (LaunchFailure f) {
            if (!launcher.isStopped()) {
                System.err.println(f.getMessage());
            }
            System.exit(1);
        } catch (IOException | SQLException | RuntimeException e) {
            if (!launcher.isStopped()) {
                System.err.println("Lỗi không mong đợi / Unexpected error: " + e);
            }
            System.exit(1);
        }
    }

    /**
     * The libraries (zonky) log with stack traces, e.g. when a Ctrl-C interrupts them: into
     * {@code logs/launcher.log}, not onto the console. Must run before the first library class logs.
     */
    private void sendLibraryLogsToFile() {
        try {
            Files.createDirectories(settings.logDir());
            System.setProperty("org.slf4j.simpleLogger.logFile", settings.logDir().resolve("launcher.log").toString());
        } catch (IOException e) {
            // The console is still there.
        }
    }

    /** Starts PostgreSQL, the admin UI and the portal, each one after the previous is ready. */
    public void start() throws IOException, SQLException {
        startingThread = Thread.currentThread();
        try {
            startAll();
        } finally {
            startingThread = null;
        }
    }

    private void startAll() throws IOException, SQLException {
        requireJar("admin UI", settings.adminJar(), Setting.ADMIN_JAR);
        requireJar("portal", settings.portalJar(), Setting.PORTAL_JAR);
        leftovers.claim(STOP_GRACE);
        LocalDatabase.stopLeftoverServer(settings.pgDataDir());
        Map<String, Ports.PortSetting> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", new Ports.PortSetting(settings.pgPort(), Setting.PG_PORT.howToChange()));
        ports.put("admin UI", new Ports.PortSetting(settings.adminPort(), Setting.ADMIN_PORT.howToChange()));
        ports.put("portal", new Ports.PortSetting(settings.portalPort(), Setting.PORTAL_PORT.howToChange()));
        ports.put("SMTP", new Ports.PortSetting(SMTP_PORT, "GIAMSAT_LOCAL_SMTP_PORT"));
        if (settings.startsKeycloak()) {
            ports.put("Keycloak", new Ports.PortSetting(settings.keycloakPort(), Setting.KEYCLOAK_PORT.howToChange()));
        }
        Ports.requireFree(ports);

        KeycloakChild.Secrets secrets = KeycloakChild.secrets(settings);
        // Keycloak boots (10-20 s) while PostgreSQL and the admin UI start: the admin UI needs Keycloak only at
        // the first login, and is awaited on its own health first.
        SupervisedChild keycloak = settings.startsKeycloak()
                ? startChild(KeycloakChild.spec(settings, secrets, Files.isExecutable(Path.of("/usr/bin/setsid"))))
                : null;
        startDatabase();
        database().prepareRoles(new DatabaseRoles.Passwords(LOCAL_MIGRATOR_PASSWORD, LOCAL_APP_PASSWORD,
                settings.portalDbPassword()));
        mail = new LocalMailServer(SMTP_PORT, settings.localDir().resolve("mail")).start();
        startAndAwait(adminSpec(secrets));
        startAndAwait(portalSpec());
        if (keycloak != null) {
            await(keycloak);
        }
    }

    /** Stops the apps (SIGTERM, then SIGKILL after 20 s) and then PostgreSQL. Safe to call more than once. */
    public void stop() {
        if (!stopRequested.compareAndSet(false, true)) {
            return;
        }
        // A Ctrl-C can reach pg_ctl while it starts the server (same process group), and zonky would then wait a
        // full minute for a server that never comes: the interrupt ends that wait (and any health wait) at once.
        Thread starting = startingThread;
        if (starting != null && starting != Thread.currentThread()) {
            starting.interrupt();
        }
        LocalDatabase db;
        // Waits for a database start in progress to return, so that PostgreSQL is stopped if it came up.
        synchronized (this) {
            db = database;
        }
        // Nothing to report when the launch stopped before anything started (busy port, missing jar).
        boolean started = anythingStarted;
        if (started) {
            System.out.println("Đang dừng hệ thống... / Stopping...");
        }
        List<String> killed = supervisor.stopAll(STOP_GRACE);
        if (!killed.isEmpty()) {
            System.out.println("Phải buộc dừng / had to kill: " + String.join(", ", killed));
        }
        LocalMailServer smtp = mail;
        if (smtp != null) {
            smtp.close();
        }
        if (db != null) {
            try {
                db.close();
            } catch (IOException e) {
                System.err.println("Không dừng được PostgreSQL / could not stop PostgreSQL: " + e.getMessage());
            }
        }
        try {
            leftovers.clear();
        } catch (IOException e) {
            // Harmless: the next run finds no live process behind the recorded pids.
        }
        if (started) {
            System.out.println("Đã dừng. / Stopped.");
        }
    }

    public boolean isStopped() {
        return stopRequested.get();
    }

    public List<SupervisedChild> children() {
        return supervisor.children();
    }

    synchronized LocalDatabase database() {
        return database;
    }

    private synchronized void startDatabase() throws IOException {
        if (stopRequested.get()) {
            throw new LaunchFailure("Đã dừng. / Stopped.");
        }
        anythingStarted = true;
        Path log = settings.logDir().resolve("postgres.log");
        Files.createDirectories(settings.logDir());
        Files.deleteIfExists(log);
        System.out.println("Khởi động PostgreSQL / starting PostgreSQL (port " + settings.pgPort() + ", data "
                + settings.pgDataDir() + ")");
        try {
            database = LocalDatabase.start(settings.pgDataDir(), settings.pgPort(), log);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LaunchFailure f) {
                throw f;
            }
            throw new LaunchFailure("PostgreSQL không khởi động được. / PostgreSQL did not start: " + e.getMessage()
                    + "\n" + tail(log), e);
        }
    }

    private SupervisedChild startAndAwait(ChildSpec spec) throws IOException {
        return await(startChild(spec));
    }

    private SupervisedChild startChild(ChildSpec spec) throws IOException {
        SupervisedChild child;
        synchronized (this) {
            if (stopRequested.get()) {
                throw new LaunchFailure("Đã dừng. / Stopped.");
            }
            anythingStarted = true;
            child = supervisor.start(spec);
            leftovers.record(supervisor.children());
        }
        System.out.println("Khởi động / starting " + spec.name() + " (log: " + spec.logFile() + ")");
        return child;
    }

    private SupervisedChild await(SupervisedChild child) {
        ChildSpec spec = child.spec();
        Outcome outcome = HealthCheck.awaitHealthy(child);
        switch (outcome) {
            case Outcome.Healthy h -> System.out.printf(Locale.ROOT, "%s sẵn sàng sau / ready after %.1f s%n",
                    spec.name(), h.took().toMillis() / 1000.0);
            case Outcome.ChildExited e -> throw new LaunchFailure(exitedMessage(child, e.exitCode()));
            case Outcome.TimedOut t -> throw new LaunchFailure(spec.name() + " chưa sẵn sàng sau "
                    + t.waited().toSeconds() + " s (" + spec.healthUrl() + "). / " + spec.name()
                    + " not healthy after " + t.waited().toSeconds() + " s; "
                    + (t.lastAnswer() == 0 ? "no answer on its port" : "last answer HTTP " + t.lastAnswer())
                    + ". Tăng thời gian chờ / raise the wait with " + Setting.STARTUP_TIMEOUT.howToChange() + "\n"
                    + tail(child));
        }
        return child;
    }

    ChildSpec adminSpec() throws IOException {
        return adminSpec(KeycloakChild.secrets(settings));
    }

    ChildSpec adminSpec(KeycloakChild.Secrets secrets) {
        List<String> command = new ArrayList<>(appCommand.forJar(settings.adminJar()));
        command.addAll(List.of(
                "--spring.datasource.url=" + settings.jdbcUrl(),
                // The app's own role (rows only); the migrations log in as the migration login (decision 021).
                "--spring.datasource.username=" + DatabaseRoles.APP_LOGIN,
                "--spring.datasource.password=" + LOCAL_APP_PASSWORD,
                "--giamsat.migration.user=" + DatabaseRoles.MIGRATOR_LOGIN,
                "--giamsat.migration.password=" + LOCAL_MIGRATOR_PASSWORD,
                "--giamsat.demo-data=true",
                // The whole country's units before and after 1/7/2025 (decision 031), after the demo's own.
                "--giamsat.national-unit-lists=" + settings.repoRoot().resolve("data/units"),
                "--server.address=127.0.0.1",
                "--server.port=" + settings.adminPort(),
                // Reminders go to the launcher's own SMTP server (LocalMailServer), checked every minute.
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP_PORT,
                "--giamsat.reminders.interval=PT1M"));
        return new ChildSpec("admin-ui", command, KeycloakChild.adminUiEnvironment(settings, secrets),
                settings.logDir().resolve("admin-ui.log"),
                healthUrl(settings.adminPort()), settings.startupTimeout());
    }

    ChildSpec portalSpec() {
        List<String> command = new ArrayList<>(appCommand.forJar(settings.portalJar()));
        command.addAll(List.of(
                "--spring.datasource.url=" + settings.jdbcUrl(),
                "--spring.datasource.username=" + PORTAL_ROLE,
                "--spring.datasource.password=" + settings.portalDbPassword(),
                "--giamsat.database.read-only=true",
                "--server.address=127.0.0.1",
                "--server.port=" + settings.portalPort()));
        return new ChildSpec("portal", command, Map.of(), settings.logDir().resolve("portal.log"),
                healthUrl(settings.portalPort()), settings.startupTimeout());
    }

    String readyMessage() {
        return """

                ================================================================
                Giám sát TTHC đang chạy / is running
                  Cổng thông tin công khai / public portal: http://127.0.0.1:%d/
                  Trang quản trị / admin UI:                http://127.0.0.1:%d/admin/
                  Keycloak: %s (người dùng mẫu / demo users: quantri, vanphong, truongdoan, thanhvien,
                            canbo.phuthinh, canbo.tamdan, tinh; mật khẩu / password: %s)
                  PostgreSQL: %s (giamsat_app, giamsat_portal, giamsat_migrator), dữ liệu / data: %s
                  Nhật ký / logs: %s/{admin-ui,portal,keycloak,postgres,launcher}.log
                  Thư nhắc việc / reminder mails: SMTP 127.0.0.1:%d, mỗi thư một tệp / one file each: %s/*.eml
                Nhấn Ctrl-C để dừng tất cả. / Press Ctrl-C to stop everything.
                ================================================================
                """.formatted(settings.portalPort(), settings.adminPort(), settings.keycloakUrl(),
                settings.demoPassword().equals(LauncherSettings.DEFAULT_DEMO_PASSWORD)
                        ? "mặc định / default " + LauncherSettings.DEFAULT_DEMO_PASSWORD : "GIAMSAT_DEMO_PASSWORD",
                settings.jdbcUrl(), settings.pgDataDir(),
                settings.logDir(), SMTP_PORT, settings.localDir().resolve("mail"));
    }

    static String help() {
        StringBuilder text = new StringBuilder("""
                Giám sát TTHC: chạy toàn bộ hệ thống trên máy này với dữ liệu mẫu.
                Runs the whole system locally with demo data: PostgreSQL, admin UI, portal. Ctrl-C stops it all.

                Tùy chọn / options (system property -D..., or environment variable):
                """);
        for (Setting s : Setting.values()) {
            text.append(String.format("  %-28s %-28s %s%n", s.property, s.env, s.meaning));
        }
        return text.toString();
    }

    /**
     * {@code java [options] -jar app.jar} on the launcher's own java binary. Under {@code setsid} when present:
     * the app then gets no Ctrl-C from the terminal, and the launcher alone decides the order of shutdown
     * (apps first, PostgreSQL last). setsid execs in place, so the pid stays the app's own.
     */
    static AppCommand javaJar(LauncherSettings settings) {
        return jar -> {
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.add(settings.javaCommand());
            // Liquibase would otherwise report usage to its vendor; nothing here may call out.
            command.add("-Dliquibase.analytics.enabled=false");
            command.addAll(settings.childJavaOptions());
            command.addAll(List.of("-jar", jar.toString()));
            return command;
        };
    }

    private static URI healthUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health");
    }

    private static void requireJar(String app, Path jar, Setting setting) {
        if (!Files.isRegularFile(jar)) {
            throw new LaunchFailure("Không thấy tệp jar của " + app + ": " + jar + "\nJar of the " + app
                    + " not found. Hãy build trước / build first: ./mvnw -q -B -DskipTests package"
                    + " (deploy/run-local.sh does it), hoặc chỉ định / or set " + setting.howToChange());
        }
    }

    private static String exitedMessage(SupervisedChild child, int exitCode) {
        return child.name() + " đã dừng bất ngờ (mã thoát " + exitCode + "). / " + child.name()
                + " exited unexpectedly (exit code " + exitCode + ").\n" + tail(child);
    }

    private static String tail(SupervisedChild child) {
        return tail(child.logFile(), child.lastLogLines(LOG_TAIL_LINES));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return tail(log, lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(" + log + ")";
        }
    }

    private static String tail(Path log, List<String> lines) {
        return "--- " + lines.size() + " dòng cuối của / last lines of " + log + " ---\n"
                + String.join("\n", lines) + "\n---";
    }
}
