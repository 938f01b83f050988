package vn.giamsat.tools.datagen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent by this JVM and by the embedded PostgreSQL (the postmaster and every process under it), read
 * from /proc. On a machine shared with other builds, wall-clock times depend on the load; the CPU work does much
 * less, so it is printed beside them.
 */
final class CpuClock {
    /**
     * @param mainSeconds     the benchmark's main thread (parsing and checking the file)
     * @param compilerSeconds the JIT compiler threads (warming up the code on its first run)
     */
    record Sample(double javaSeconds, double mainSeconds, double compilerSeconds, double serverSeconds) {
        Sample minus(Sample before) {
            return new Sample(javaSeconds - before.javaSeconds, mainSeconds - before.mainSeconds,
                    compilerSeconds - before.compilerSeconds, serverSeconds - before.serverSeconds);
        }

        @Override
        public String toString() {
            return "Java %.2f s (main thread %.2f s, JIT compiler %.2f s, other threads and GC %.2f s), PostgreSQL %.2f s"
                    .formatted(javaSeconds, mainSeconds, compilerSeconds,
                            javaSeconds - mainSeconds - compilerSeconds, serverSeconds);
        }
    }

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long postmaster;

    /** @param work the directory holding the data directory ({@code pgdata-*}) of the benchmark's server */
    CpuClock(Path work) throws IOException {
        try (Stream<Path> dirs = Files.list(work)) {
            Path pid = dirs.filter(d -> d.getFileName().toString().startsWith("pgdata-"))
                    .map(d -> d.resolve("postmaster.pid")).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IOException("No postmaster.pid under " + work));
            postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
        }
    }

    Sample sample() {
        double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double main = threads.getCurrentThreadCpuTime() / 1e9;
        // Compiler threads are hidden from the ThreadMXBean; Linux names them "C1 CompilerThre", "C2 CompilerThre".
        double compiler = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(t.resolve("comm")).contains("CompilerThre")) {
                        compiler += ticks(t.resolve("stat"));
                    }
                } catch (IOException e) {
                    // the thread ended in between
                }
            }
        } catch (IOException e) {
            compiler = Double.NaN;
        }
        double server = ticks(postmaster);
        server += ProcessHandle.of(postmaster).map(p -> p.descendants().mapToDouble(d -> ticks(d.pid())).sum())
                .orElse(0.0);
        return new Sample(java, main, compiler, server);
    }

    /** utime + stime of a process, in seconds (fields 14 and 15 of /proc/PID/stat). */
    private static double ticks(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static double ticks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended in between
        }
    }
}
