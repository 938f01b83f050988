package vn.giamsat.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the running launcher and its children in a file ({@code <local-dir>/run/children.pids}), so that
 * <ul>
 *   <li>a second launcher on the same local directory refuses to start instead of fighting the first, and</li>
 *   <li>the next run stops the children of a launcher that was killed without a chance to clean up (SIGKILL).</li>
 * </ul>
 * A pid alone could by then belong to another program: the start time must match too.
 */
final class Leftovers {

    private static final String LAUNCHER = "launcher";

    private final Path file;
    private volatile boolean claimed;

    Leftovers(Path file) {
        this.file = file;
    }

    /**
     * Makes this JVM the owner of the local directory: refuses if another launcher still runs on it, stops what a
     * dead one left behind, then records this launcher.
     *
     * @throws LaunchFailure if another launcher is running
     */
    void claim(Duration grace) throws IOException {
        List<Entry> entries = read();
        for (Entry entry : entries) {
            if (entry.name().equals(LAUNCHER) && entry.pid() != ProcessHandle.current().pid()
                    && entry.process().isPresent()) {
                throw new LaunchFailure("Giám sát TTHC đang chạy rồi (pid " + entry.pid() + ", " + file.getParent()
                        + "). Dừng nó bằng Ctrl-C ở cửa sổ của nó, hoặc: kill " + entry.pid()
                        + "\nAlready running (pid " + entry.pid() + "). Stop it with Ctrl-C in its terminal, or: kill "
                        + entry.pid());
            }
        }
        List<ProcessHandle> alive = entries.stream().filter(e -> !e.name().equals(LAUNCHER))
                .flatMap(e -> e.process().stream()).toList();
        if (!alive.isEmpty()) {
            System.out.println("Dừng " + alive.size() + " tiến trình còn sót từ lần chạy trước. / Stopping "
                    + alive.size() + " process(es) left over from a previous run.");
            ProcessTrees.stop(alive, grace);
        }
        claimed = true;
        record(List.of());
    }

    /** Records this launcher and its children as they are now. */
    void record(List<SupervisedChild> children) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        line(ProcessHandle.current(), LAUNCHER).ifPresent(lines::add);
        for (SupervisedChild child : children) {
            line(child.process().toHandle(), child.name()).ifPresent(lines::add);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Removes the file, if this launcher claimed it: a launcher that was refused leaves the owner's file alone. */
    void clear() throws IOException {
        if (claimed) {
            Files.deleteIfExists(file);
        }
    }

    private static Optional<String> line(ProcessHandle handle, String name) {
        return handle.info().startInstant().map(start -> handle.pid() + " " + start.toEpochMilli() + " " + name);
    }

    private List<Entry> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split(" ", 3);
            if (parts.length == 3) {
                try {
                    entries.add(new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
                } catch (NumberFormatException e) {
                    // A damaged line names no process we could safely stop.
                }
            }
        }
        return entries;
    }

    private record Entry(long pid, long startMillis, String name) {

        /** The process, if it still runs and is the same one (same start time). */
        Optional<ProcessHandle> process() {
            return ProcessHandle.of(pid)
                    .filter(ProcessTrees::isRunning)
                    .filter(p -> p.info().startInstant().map(s -> s.toEpochMilli() == startMillis).orElse(false));
        }
    }
}
