package vn.giamsat.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessSupervisorTest {

    @TempDir
    Path logs;

    private final ProcessSupervisor supervisor = new ProcessSupervisor();

    @AfterEach
    void noChildLeftBehind() {
        supervisor.stopAll(Duration.ofSeconds(1));
    }

    @Test
    void stopping_ends_every_child_and_the_processes_it_started() throws Exception {
        SupervisedChild sleeper = supervisor.start(spec("sleeper", "sleep", "300"));
        SupervisedChild shell = supervisor.start(spec("shell", "sh", "-c", "sleep 300 & sleep 301 & wait"));
        List<ProcessHandle> grandchildren = awaitDescendants(shell, 2);

        List<String> killed = supervisor.stopAll(Duration.ofSeconds(10));

        assertThat(killed).as("both obey SIGTERM, none needs SIGKILL").isEmpty();
        assertThat(sleeper.isAlive()).isFalse();
        assertThat(shell.isAlive()).isFalse();
        assertThat(grandchildren).noneMatch(ProcessTrees::isRunning);
    }

    @Test
    void a_child_that_ignores_sigterm_is_killed_after_the_grace_period() throws Exception {
        // An ignored signal stays ignored in the programs the shell starts: the sleep ignores SIGTERM too.
        SupervisedChild stubborn = supervisor.start(spec("stubborn", "sh", "-c", "trap '' TERM; sleep 300 & wait"));
        List<ProcessHandle> grandchildren = awaitDescendants(stubborn, 1);

        long start = System.nanoTime();
        List<String> killed = supervisor.stopAll(Duration.ofMillis(500));

        assertThat(killed).containsExactly("stubborn");
        assertThat(stubborn.isAlive()).isFalse();
        assertThat(grandchildren).noneMatch(ProcessTrees::isRunning);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void no_child_starts_once_stopping_has_begun() {
        supervisor.stopAll(Duration.ofSeconds(1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> supervisor.start(spec("late", "sleep", "300")))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("late");
        assertThat(supervisor.children()).isEmpty();
    }

    @Test
    void a_child_that_dies_while_starting_is_reported_with_its_last_log_lines() throws Exception {
        SupervisedChild failing = supervisor.start(
                spec("failing", "sh", "-c", "echo starting; echo 'boom: schema is broken' >&2; exit 3"));

        HealthCheck.Outcome outcome = HealthCheck.awaitHealthy(failing);

        assertThat(outcome).isEqualTo(new HealthCheck.Outcome.ChildExited(3));
        assertThat(failing.lastLogLines(1)).containsExactly("boom: schema is broken");
        assertThat(failing.lastLogLines(40)).containsExactly("starting", "boom: schema is broken");
    }

    @Test
    void health_check_waits_for_http_200_and_gives_up_after_the_timeout() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI up = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health");
            SupervisedChild healthy = supervisor.start(spec("healthy", up, Duration.ofSeconds(10), "sleep", "300"));
            assertThat(HealthCheck.awaitHealthy(healthy)).isInstanceOf(HealthCheck.Outcome.Healthy.class);

            URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nothing-here");
            SupervisedChild silent = supervisor.start(spec("silent", missing, Duration.ofMillis(800), "sleep", "300"));
            assertThat(HealthCheck.awaitHealthy(silent)).isInstanceOfSatisfying(HealthCheck.Outcome.TimedOut.class,
                    t -> assertThat(t.lastAnswer()).as("the 404 is reported, to tell 'not up' from 'wrong URL'")
                            .isEqualTo(404));
        } finally {
            server.stop(0);
        }
    }

    private ChildSpec spec(String name, String... command) {
        return spec(name, URI.create("http://127.0.0.1:9/actuator/health"), Duration.ofSeconds(10), command);
    }

    private ChildSpec spec(String name, URI health, Duration timeout, String... command) {
        return new ChildSpec(name, List.of(command), Map.of(), logs.resolve(name + ".log"), health, timeout);
    }

    private static List<ProcessHandle> awaitDescendants(SupervisedChild child, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<ProcessHandle> found = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            found = child.process().descendants().toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " descendants of " + child.name() + ", found " + found);
    }
}
