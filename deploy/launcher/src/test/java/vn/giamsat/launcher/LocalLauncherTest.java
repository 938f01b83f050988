package vn.giamsat.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's whole sequence, with {@link StubApp} in place of the two boot jars. */
class LocalLauncherTest {

    @TempDir
    Path root;

    /** Both launches share one data directory: one initdb less, and the second launch reuses existing data. */
    @TempDir
    static Path sharedPgData;

    private LocalLauncher launcher;

    @AfterEach
    void stop() {
        if (launcher != null) {
            launcher.stop();
        }
    }

    @Test
    void starts_database_admin_and_portal_in_order_and_stop_leaves_nothing_running() throws Exception {
        LauncherSettings settings = settings(Map.of());
        launcher = new LocalLauncher(settings, stub());

        launcher.start();

        assertThat(launcher.children()).extracting(SupervisedChild::name).containsExactly("admin-ui", "portal");
        assertThat(httpStatus("http://127.0.0.1:" + settings.portalPort() + "/actuator/health")).isEqualTo(200);
        assertThat(settings.logDir().resolve("admin-ui.log")).content()
                .contains("stub admin starting, read-only=null, demo-data=true")
                .as("the local run loads the national unit lists of the repository (decision 031)")
                .contains("stub admin national-unit-lists=" + settings.repoRoot().resolve("data/units"))
                .as("the admin UI connects as its own role, never the superuser or the owner (decision 021)")
                .contains("admin connects as giamsat_app");
        assertThat(settings.logDir().resolve("portal.log")).content()
                .contains("stub portal starting, read-only=true")
                .contains("portal reads 1 published row(s) as giamsat_portal");
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_has_role('giamsat_portal', 'giamsat_reader', 'member')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
        assertThat(launcher.readyMessage())
                .contains("http://127.0.0.1:" + settings.portalPort() + "/")
                .contains("http://127.0.0.1:" + settings.adminPort() + "/admin/")
                .contains(settings.logDir().toString());
        List<ProcessHandle> apps = launcher.children().stream().map(c -> c.process().toHandle()).toList();

        launcher.stop();

        assertThat(apps).noneMatch(ProcessHandle::isAlive);
        assertThat(Ports.isFree(settings.pgPort())).as("PostgreSQL stopped").isTrue();
        assertThat(Ports.isFree(settings.portalPort())).isTrue();
        assertThat(settings.localDir().resolve("run/children.pids")).doesNotExist();
        assertThat(settings.pgDataDir().resolve("PG_VERSION")).as("data kept for the next run").exists();
        assertThat(settings.logDir().resolve("postgres.log")).exists();
    }

    @Test
    void an_app_that_dies_while_starting_is_reported_with_its_log_and_nothing_is_left_running() throws Exception {
        LauncherSettings settings = settings(Map.of("GIAMSAT_ADMIN_JAR", jar("crash").toString()));
        launcher = new LocalLauncher(settings, stub());

        assertThatThrownBy(launcher::start)
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("admin-ui exited unexpectedly (exit code 3)")
                .hasMessageContaining("boom: migration failed");

        launcher.stop();
        assertThat(launcher.children()).extracting(SupervisedChild::name).containsExactly("admin-ui");
        assertThat(Ports.isFree(settings.pgPort())).as("PostgreSQL stopped").isTrue();
    }

    @Test
    void a_busy_port_stops_the_launch_before_anything_starts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LauncherSettings settings = settings(Map.of("GIAMSAT_PORTAL_PORT", Integer.toString(taken.getLocalPort())));
            launcher = new LocalLauncher(settings, stub());

            assertThatThrownBy(launcher::start)
                    .isInstanceOf(LaunchFailure.class)
                    .hasMessageContaining("Port already in use")
                    .hasMessageContaining(taken.getLocalPort() + " (portal)")
                    .hasMessageContaining("GIAMSAT_PORTAL_PORT");
            assertThat(launcher.children()).isEmpty();
            assertThat(launcher.database()).isNull();
        }
    }

    @Test
    void a_missing_jar_says_how_to_build_it() {
        LauncherSettings settings = settings(Map.of("GIAMSAT_PORTAL_JAR", root.resolve("nope.jar").toString()));
        launcher = new LocalLauncher(settings, stub());

        assertThatThrownBy(launcher::start)
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("nope.jar")
                .hasMessageContaining("./mvnw -q -B -DskipTests package");
    }

    private LauncherSettings settings(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of(
                "GIAMSAT_PG_PORT", Integer.toString(FreePorts.any()),
                "GIAMSAT_ADMIN_PORT", Integer.toString(FreePorts.any()),
                "GIAMSAT_PORTAL_PORT", Integer.toString(FreePorts.any()),
                "GIAMSAT_ADMIN_JAR", jar("admin").toString(),
                "GIAMSAT_PORTAL_JAR", jar("portal").toString(),
                "GIAMSAT_PGDATA", sharedPgData.toString(),
                "GIAMSAT_STARTUP_TIMEOUT", "20",
                "GIAMSAT_KEYCLOAK_URL", "http://127.0.0.1:1"));
        env.putAll(overrides);
        return LauncherSettings.resolve(k -> null, env, root, "java");
    }

    private Path jar(String role) {
        try {
            Path jar = root.resolve(role);
            return Files.exists(jar) ? jar : Files.createFile(jar);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs {@link StubApp} in the role named by the "jar" file. */
    private static LocalLauncher.AppCommand stub() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return jar -> List.of(java, "-cp", System.getProperty("java.class.path"), StubApp.class.getName(),
                "--stub-role=" + jar.getFileName());
    }

    private static int httpStatus(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
