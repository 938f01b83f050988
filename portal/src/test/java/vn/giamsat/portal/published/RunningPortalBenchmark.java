package vn.giamsat.portal.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the benchmark that portal/bench/run-with-all-up.sh starts (the name keeps it out of the normal test
 * run). Measures a portal that is already running in a process of its own, as users run it: with the admin UI,
 * Keycloak and PostgreSQL up on the same machine. The portal is named by {@code -Dbench.portal-url} and
 * {@code -Dbench.portal-pid}; its CPU time is read from /proc and its JIT time with jstat (no agent attached).
 */
class RunningPortalBenchmark {

    @Test
    void measure() throws Exception {
        String url = required("bench.portal-url");
        long pid = Long.parseLong(required("bench.portal-pid"));
        ProcessHandle portal = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("No process " + pid + " (bench.portal-pid)"));
        PortalLoad.measure(new PortalLoad.Portal(url, () -> PortalLoad.processTreeCpuNanos(portal),
                        () -> jitMillis(pid),
                        System.getProperty("bench.description", "running portal " + url + " (pid " + pid + ")")),
                Path.of(System.getProperty("bench.dir", "target/bench/all-up")).toAbsolutePath(),
                System.getProperty("bench.duration", "15s"), System.getProperty("bench.connections", "64"));
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException("Set -D" + property + " (portal/bench/run-with-all-up.sh does)");
        }
        return value;
    }

    /** Total JIT compilation time of the other JVM in ms, from {@code jstat -compiler} (its column "Time", in s). */
    static long jitMillis(long pid) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                    "-compiler", Long.toString(pid)).redirectErrorStream(true).start();
            String[] lines = new String(p.getInputStream().readAllBytes()).strip().split("\n");
            p.waitFor();
            String[] header = lines[0].trim().split("\\s+");
            String[] values = lines[lines.length - 1].trim().split("\\s+");
            for (int i = 0; i < header.length && i < values.length; i++) {
                if (header[i].equals("Time")) {
                    return Math.round(Double.parseDouble(values[i].replace(',', '.')) * 1000);
                }
            }
            throw new IllegalStateException("jstat -compiler " + pid + ": " + String.join("\n", lines));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(String.format(Locale.ROOT, "Cannot read the JIT time of %d: %s", pid, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
