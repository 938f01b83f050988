package vn.giamsat.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the children of the running launcher in a file, so that the next run can stop them if this one was
 * killed without a chance to clean up (SIGKILL, power loss of the terminal). A pid alone could by then belong
 * to another program: the start time must match too.
 */
final class Leftovers {

    private final Path file;

    Leftovers(Path file) {
        this.file = file;
    }

    void record(List<SupervisedChild> children) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        for (SupervisedChild child : children) {
            ProcessHandle handle = child.process().toHandle();
            handle.info().startInstant().ifPresent(start ->
                    lines.add(handle.pid() + " " + start.toEpochMilli() + " " + child.name()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Stops the processes of an earlier run that are still alive; returns how many there were. */
    int stopLeftovers(Duration grace) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<ProcessHandle> alive = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            parse(line).ifPresent(alive::add);
        }
        if (!alive.isEmpty()) {
            System.out.println("Dừng " + alive.size() + " tiến trình còn sót từ lần chạy trước. / Stopping "
                    + alive.size() + " process(es) left over from a previous run.");
            ProcessTrees.stop(alive, grace);
        }
        clear();
        return alive.size();
    }

    private static Optional<ProcessHandle> parse(String line) {
        String[] parts = line.strip().split(" ", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parts[0]);
            Instant started = Instant.ofEpochMilli(Long.parseLong(parts[1]));
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().startInstant().map(s -> s.toEpochMilli() == started.toEpochMilli())
                            .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
