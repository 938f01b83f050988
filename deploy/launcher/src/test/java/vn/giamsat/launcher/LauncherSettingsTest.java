package vn.giamsat.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherSettingsTest {

    private static final Path ROOT = Path.of("/srv/giamsat");

    @Test
    void defaults_put_everything_under_the_repository() {
        LauncherSettings s = LauncherSettings.resolve(k -> null, Map.of(), ROOT, "/jdk/bin/java");

        assertThat(s.pgPort()).isEqualTo(54329);
        assertThat(s.adminPort()).isEqualTo(8081);
        assertThat(s.portalPort()).isEqualTo(8080);
        assertThat(s.pgDataDir()).isEqualTo(ROOT.resolve(".local/pgdata"));
        assertThat(s.logDir()).isEqualTo(ROOT.resolve(".local/logs"));
        assertThat(s.adminJar()).isEqualTo(ROOT.resolve("admin-ui/target/giamsat-admin-ui-0.1.0-SNAPSHOT.jar"));
        assertThat(s.portalJar()).isEqualTo(ROOT.resolve("portal/target/giamsat-portal-0.1.0-SNAPSHOT.jar"));
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:54329/postgres");
        assertThat(s.javaCommand()).isEqualTo("/jdk/bin/java");
    }

    @Test
    void a_system_property_wins_over_the_environment_which_wins_over_the_default() {
        Map<String, String> props = Map.of("giamsat.pg-port", "6000");
        Map<String, String> env = Map.of("GIAMSAT_PG_PORT", "7000", "GIAMSAT_PORTAL_PORT", "9090",
                "GIAMSAT_LOCAL_DIR", "/var/tmp/gs", "GIAMSAT_STARTUP_TIMEOUT", "30",
                "GIAMSAT_CHILD_JAVA_OPTS", " -Xmx512m   -Dx=y ");

        LauncherSettings s = LauncherSettings.resolve(props::get, env, ROOT, "java");

        assertThat(s.pgPort()).isEqualTo(6000);
        assertThat(s.portalPort()).isEqualTo(9090);
        assertThat(s.adminPort()).isEqualTo(8081);
        assertThat(s.pgDataDir()).isEqualTo(Path.of("/var/tmp/gs/pgdata"));
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.childJavaOptions()).containsExactly("-Xmx512m", "-Dx=y");
    }

    @Test
    void an_invalid_port_is_refused_with_the_setting_named() {
        assertThatThrownBy(() -> LauncherSettings.resolve(k -> null, Map.of("GIAMSAT_ADMIN_PORT", "80a"), ROOT, "java"))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("GIAMSAT_ADMIN_PORT")
                .hasMessageContaining("\"80a\"");
        assertThatThrownBy(() -> LauncherSettings.resolve(k -> null, Map.of("GIAMSAT_PG_PORT", "70000"), ROOT, "java"))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("GIAMSAT_PG_PORT");
    }
}
