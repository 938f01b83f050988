package vn.giamsat.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stops processes together with everything they started. The descendants are listed before the first signal:
 * once a parent has died its children are re-parented and no longer show up as its descendants.
 */
final class ProcessTrees {

    private static final Duration FORCED_WAIT = Duration.ofSeconds(5);

    private ProcessTrees() {
    }

    /**
     * Asks every process of the trees to terminate (SIGTERM), waits up to {@code grace} for all of them, then
     * kills (SIGKILL) whatever is left, including descendants started in the meantime.
     *
     * @return the processes that had to be killed
     */
    static List<ProcessHandle> stop(List<ProcessHandle> roots, Duration grace) {
        Set<ProcessHandle> all = withDescendants(roots);
        all.forEach(ProcessHandle::destroy);
        awaitExit(all, grace);
        Set<ProcessHandle> left = withDescendants(all.stream().filter(ProcessTrees::isRunning).toList());
        List<ProcessHandle> killed = new ArrayList<>();
        for (ProcessHandle handle : left) {
            if (isRunning(handle) && handle.destroyForcibly()) {
                killed.add(handle);
            }
        }
        awaitExit(left, FORCED_WAIT);
        return killed;
    }

    /**
     * Alive and not a zombie. A grandchild re-parented to PID 1 stays a zombie until PID 1 reaps it, which some
     * container inits do only every second or two; {@link ProcessHandle#isAlive} counts such a process as alive.
     */
    static boolean isRunning(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            // Format: "pid (command) state ...": the command may hold spaces or parentheses, the state follows the last ')'.
            int end = stat.lastIndexOf(')');
            return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
        } catch (IOException e) {
            // No /proc (not Linux) or the process just vanished: trust isAlive once more.
            return handle.isAlive();
        }
    }

    private static Set<ProcessHandle> withDescendants(List<ProcessHandle> roots) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        for (ProcessHandle root : roots) {
            if (isRunning(root)) {
                all.add(root);
                root.descendants().filter(ProcessTrees::isRunning).forEach(all::add);
            }
        }
        return all;
    }

    private static void awaitExit(Set<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handles.stream().anyMatch(ProcessTrees::isRunning) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
