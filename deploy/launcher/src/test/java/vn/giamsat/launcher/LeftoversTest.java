package vn.giamsat.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the next run does with the pid file of a launcher that is still running, or was killed. */
class LeftoversTest {

    @TempDir
    Path run;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void a_second_launcher_refuses_to_start_while_the_first_runs() throws Exception {
        Process otherLauncher = sleeper();
        Path file = run.resolve("children.pids");
        Files.writeString(file, line(otherLauncher, "launcher"));

        Leftovers refused = new Leftovers(file);

        assertThatThrownBy(() -> refused.claim(Duration.ofSeconds(1)))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("Already running (pid " + otherLauncher.pid() + ")");
        assertThat(otherLauncher.isAlive()).isTrue();
        refused.clear();
        assertThat(file).as("the running launcher's record stays").exists();
    }

    @Test
    void the_children_of_a_killed_launcher_are_stopped_by_the_next_run() throws Exception {
        Process deadLauncher = sleeper();
        String launcherLine = line(deadLauncher, "launcher");
        deadLauncher.destroyForcibly().waitFor();
        Process orphanedApp = sleeper();
        Process unrelated = sleeper();
        Path file = run.resolve("children.pids");
        // The unrelated process has the pid of a recorded child but another start time: a reused pid.
        Files.writeString(file, launcherLine + line(orphanedApp, "admin-ui")
                + unrelated.pid() + " 12345 portal\n");

        new Leftovers(file).claim(Duration.ofSeconds(5));

        assertThat(orphanedApp.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(unrelated.isAlive()).as("a reused pid is not ours to stop").isTrue();
        assertThat(Files.readString(file)).startsWith(ProcessHandle.current().pid() + " ").contains(" launcher");
    }

    private Process sleeper() throws IOException {
        Process process = new ProcessBuilder("sleep", "300").start();
        started.add(process);
        return process;
    }

    private static String line(Process process, String name) {
        return process.pid() + " " + process.toHandle().info().startInstant().orElseThrow().toEpochMilli() + " "
                + name + "\n";
    }
}
