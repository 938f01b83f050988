package vn.giamsat.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts child processes and stops all of them, with their descendants, exactly once. After {@link #stopAll}
 * began no new child may start, so a Ctrl-C during start-up cannot leave a process behind.
 */
public final class ProcessSupervisor {

    private final List<SupervisedChild> children = new ArrayList<>();
    private boolean stopping;

    public synchronized SupervisedChild start(ChildSpec spec) throws IOException {
        if (stopping) {
            throw new LaunchFailure("Đang dừng, không khởi động " + spec.name()
                    + " nữa. / Stopping: " + spec.name() + " is not started.");
        }
        Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(spec.command())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(spec.logFile().toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        builder.environment().putAll(spec.environment());
        SupervisedChild child = new SupervisedChild(spec, builder.start());
        children.add(child);
        return child;
    }

    public synchronized List<SupervisedChild> children() {
        return List.copyOf(children);
    }

    public synchronized boolean isStopping() {
        return stopping;
    }

    /**
     * Blocks until one of the children started so far exits. Returns it, or empty when the exit was caused by
     * {@link #stopAll} (the normal way out).
     */
    public Optional<SupervisedChild> awaitFirstExit() {
        List<SupervisedChild> watched = children();
        if (watched.isEmpty()) {
            return Optional.empty();
        }
        CompletableFuture.anyOf(watched.stream().map(c -> c.process().onExit()).toArray(CompletableFuture[]::new))
                .join();
        if (isStopping()) {
            return Optional.empty();
        }
        return watched.stream().filter(c -> !c.isAlive()).findFirst();
    }

    /**
     * Terminates every child and its descendants: SIGTERM, up to {@code grace} to finish, then SIGKILL.
     * All children are signalled at once so their shutdowns overlap.
     *
     * @return names of the children that had to be killed
     */
    public List<String> stopAll(Duration grace) {
        List<SupervisedChild> toStop;
        synchronized (this) {
            stopping = true;
            toStop = List.copyOf(children);
        }
        List<ProcessHandle> killed = ProcessTrees.stop(toStop.stream().map(c -> c.process().toHandle()).toList(),
                grace);
        return toStop.stream().filter(c -> killed.contains(c.process().toHandle())).map(SupervisedChild::name)
                .toList();
    }
}
