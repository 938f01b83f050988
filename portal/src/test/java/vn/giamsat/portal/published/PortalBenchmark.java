package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Not a test: the benchmark that portal/bench/run.sh starts (the name keeps it out of the normal test run).
 * One run: nginx serving the unit page's exact bytes as a static file, then the portal's unit page, then the
 * portal's procedure search, each with wrk on loopback. Writes portal/target/bench/results.txt.
 */
@TestPropertySource(properties = {"giamsat.portal.refresh=PT30S", "logging.level.root=WARN"})
class PortalBenchmark extends PortalOnTestDatabase {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    @org.springframework.beans.factory.annotation.Value("${server.tomcat.threads.max:200}")
    int tomcatThreads;

    @DynamicPropertySource
    static void threads(DynamicPropertyRegistry registry) {
        // The portal's own settings (application.properties) unless a run asks for another thread count.
        String threads = System.getProperty("bench.threads", "");
        if (!threads.isBlank()) {
            registry.add("server.tomcat.threads.max", () -> threads);
            registry.add("server.tomcat.threads.min-spare", () -> threads);
        }
    }

    @BeforeAll
    static void publish() {
        PublishedData.publish();
    }

    /** @param cpuMicrosPerRequest CPU time the server used per request answered (its own processes only) */
    int warmUpRounds;
    long jitMillisBefore;

    record Result(String name, double requestsPerSecond, double p99Millis, double cpuMicrosPerRequest, String raw) {}

    /** CPU time used so far by this JVM (the portal), in nanoseconds. */
    private static long portalCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time used so far by nginx's master and workers, in nanoseconds (from /proc, clock ticks of 10 ms). */
    private static long nginxCpuNanos(ProcessHandle nginx) {
        long ticks = 0;
        for (ProcessHandle p : java.util.stream.Stream.concat(java.util.stream.Stream.of(nginx), nginx.descendants()).toList()) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException e) {
                // a worker that just exited: its time is lost either way
            }
        }
        return ticks * 10_000_000L;
    }

    @Test
    void measure() throws Exception {
        String duration = System.getProperty("bench.duration", "15s");
        String connections = System.getProperty("bench.connections", "64");
        String unitPath = firstUnitPath();
        byte[] unitPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + unitPath)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();

        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir.resolve("www"));
        Files.write(dir.resolve("www/unit.html"), unitPage);
        Files.setPosixFilePermissions(dir.resolve("www/unit.html"), PosixFilePermissions.fromString("rw-r--r--"));
        for (Path p = dir.resolve("www"); p != null; p = p.getParent()) {
            p.toFile().setExecutable(true, false); // nginx workers run as nobody and must reach the file
        }
        int nginxPort = freePort();
        String conf = Files.readString(Path.of("bench/nginx.conf.template"))
                .replace("PREFIX", dir.toString()).replace("ROOT", dir.resolve("www").toString())
                .replace("PORT", Integer.toString(nginxPort));
        Files.writeString(dir.resolve("nginx.conf"), conf);
        Process nginx = new ProcessBuilder("nginx", "-c", dir.resolve("nginx.conf").toString(), "-p", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        List<Result> results = new ArrayList<>();
        String load;
        try {
            waitForPort(nginxPort);
            byte[] fromNginx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + nginxPort + "/unit.html")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(fromNginx).as("nginx serves the same bytes as the portal").isEqualTo(unitPage);
            load = Files.readString(Path.of("/proc/loadavg")).strip();
            // Warm the JIT and the caches first, until the JIT has (nearly) stopped compiling: on a loaded machine
            // a fixed 10 s left C2 compiling through the measured runs, which then measured the compiler.
            java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            for (warmUpRounds = 1; warmUpRounds <= 12; warmUpRounds++) {
                long compiledBefore = jit.getTotalCompilationTime();
                wrk("warm-up", "http://127.0.0.1:" + port + unitPath, "5s", connections, () -> 0L);
                wrk("warm-up", "http://127.0.0.1:" + port + "/thu-tuc?q=dang+ky", "5s", connections, () -> 0L);
                if (warmUpRounds >= 2 && jit.getTotalCompilationTime() - compiledBefore < 100) {
                    break;
                }
            }
            jitMillisBefore = jit.getTotalCompilationTime();
            ProcessHandle nginxProcess = nginx.toHandle();
            results.add(wrk("nginx static file (same bytes as unit page)", "http://127.0.0.1:" + nginxPort + "/unit.html",
                    duration, connections, () -> nginxCpuNanos(nginxProcess)));
            results.add(wrk("portal unit page " + unitPath, "http://127.0.0.1:" + port + unitPath, duration, connections,
                    PortalBenchmark::portalCpuNanos));
            results.add(wrk("portal procedure search /thu-tuc?q=dang+ky", "http://127.0.0.1:" + port + "/thu-tuc?q=dang+ky",
                    duration, connections, PortalBenchmark::portalCpuNanos));
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        double nginxRps = results.getFirst().requestsPerSecond();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "wrk -t2 -c%s -d%s --latency, loopback; unit page %d bytes; portal Tomcat threads: %d;"
                        + " load average before: %s; cores: %d%n",
                connections, duration, unitPage.length, tomcatThreads, load, Runtime.getRuntime().availableProcessors()));
        for (Result r : results) {
            report.append(String.format(Locale.ROOT, "%-60s %10.0f req/s  p99 %7.2f ms  ratio to nginx %5.1f %%  CPU %5.1f us/request%n",
                    r.name(), r.requestsPerSecond(), r.p99Millis(), 100 * r.requestsPerSecond() / nginxRps,
                    r.cpuMicrosPerRequest()));
        }
        report.append(String.format(Locale.ROOT, "warm-up: %d rounds of 2 x 5 s; JIT compilation during the measured runs: %d ms%n",
                Math.min(warmUpRounds, 12), java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime()
                        - jitMillisBefore));
        report.append("load average after: ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
        Files.writeString(dir.resolve("results.txt"), report);
        Files.writeString(dir.resolve("wrk-raw.txt"), String.join("\n----\n", results.stream().map(Result::raw).toList()));
        System.out.println(report);
    }

    private String firstUnitPath() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/don-vi")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return org.jsoup.Jsoup.parse(body).selectFirst("a.unit-name").attr("href");
    }

    private static Result wrk(String name, String url, String duration, String connections,
                              java.util.function.LongSupplier serverCpuNanos) throws IOException, InterruptedException {
        long cpuBefore = serverCpuNanos.getAsLong();
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency", url)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        long cpuNanos = serverCpuNanos.getAsLong() - cpuBefore;
        Matcher rps = RPS.matcher(out);
        Matcher p99 = P99.matcher(out);
        if (!rps.find() || !p99.find()) {
            throw new IllegalStateException("Unexpected wrk output for " + url + ":\n" + out);
        }
        Matcher errors = NON_2XX.matcher(out);
        if (errors.find()) {
            throw new IllegalStateException(name + ": " + errors.group(1) + " responses were not 2xx/3xx:\n" + out);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        Matcher total = TOTAL.matcher(out);
        long requests = total.find() ? Long.parseLong(total.group(1)) : 1;
        return new Result(name, Double.parseDouble(rps.group(1)), millis, cpuNanos / 1000.0 / Math.max(1, requests),
                name + "\n" + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start on port " + port);
    }
}
