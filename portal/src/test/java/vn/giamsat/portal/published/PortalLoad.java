package vn.giamsat.portal.published;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal benchmark's measuring part, shared by {@link PortalBenchmark} (a portal started in the test JVM on
 * the test database) and {@link RunningPortalBenchmark} (the portal of a running system, e.g. the local run with
 * the admin UI, Keycloak and PostgreSQL up). For each page (a unit's page, the procedure search, the comparison)
 * nginx serves the page's exact bytes as a static file, and wrk measures nginx, then the portal, one right after
 * the other so that both meet the same moment of a shared machine's load.
 *
 * <p>Each page is measured twice: as wrk asks by default (no {@code Accept-Encoding}: the whole page), and as every
 * browser asks ({@code Accept-Encoding: gzip}: the portal's kept gzip bytes, which nginx then serves from a
 * {@code .gz} file of the same bytes with {@code gzip_static}). {@code -Dbench.encoding=identity} or {@code gzip}
 * measures one only.
 */
final class PortalLoad {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    /** Issue 20, item 5: each page at ≥ 80 % of nginx's requests per second, with p99 under 20 ms. */
    static final double GOAL_RATIO = 0.8;
    static final double GOAL_P99_MILLIS = 20;

    /** The portal under load: where it answers, and what it spent (CPU, JIT) so far. */
    record Portal(String baseUrl, LongSupplier cpuNanos, LongSupplier jitMillis, String description) {}

    /** One wrk run. @param cpuMicrosPerRequest CPU time the server used per request answered (its own processes) */
    record Result(String name, double requestsPerSecond, double p99Millis, double cpuMicrosPerRequest, String raw) {}

    /** How the page is asked for: the whole page, or gzipped as browsers ask for it. */
    enum Encoding {
        IDENTITY(null, ""), GZIP("gzip", ".gz");

        final String acceptEncoding;
        final String suffix;

        Encoding(String acceptEncoding, String suffix) {
            this.acceptEncoding = acceptEncoding;
            this.suffix = suffix;
        }

        String label() {
            return acceptEncoding == null ? "whole page" : "Accept-Encoding: " + acceptEncoding;
        }

        static List<Encoding> chosen() {
            return switch (System.getProperty("bench.encoding", "both")) {
                case "identity" -> List.of(IDENTITY);
                case "gzip" -> List.of(GZIP);
                default -> List.of(IDENTITY, GZIP);
            };
        }
    }

    /** A page measured on the portal and on nginx serving its bytes. */
    record PageResult(String page, Encoding encoding, int bytes, Result nginx, Result portal) {
        double ratio() {
            return portal.requestsPerSecond() / nginx.requestsPerSecond();
        }

        boolean meetsGoal() {
            return ratio() >= GOAL_RATIO && portal.p99Millis() < GOAL_P99_MILLIS;
        }
    }

    private PortalLoad() {}

    /** Warms the portal up, measures every page, writes results.txt and wrk-raw.txt into {@code dir}. */
    static List<PageResult> measure(Portal portal, Path dir, String duration, String connections) throws Exception {
        List<String> paths = List.of(firstUnitPath(portal.baseUrl()), "/thu-tuc?q=dang+ky", "/so-sanh");
        List<String> names = List.of("unit page", "procedure search", "comparison");
        List<Encoding> encodings = Encoding.chosen();
        Files.createDirectories(dir.resolve("www"));
        java.util.Map<String, byte[]> bodies = new java.util.HashMap<>();
        StringBuilder locations = new StringBuilder();
        boolean sameHeaders = !"none".equals(System.getProperty("bench.nginx-headers", "same"));
        for (int i = 0; i < paths.size(); i++) {
            for (Encoding encoding : encodings) {
                HttpResponse<byte[]> answer = answer(portal.baseUrl() + paths.get(i), encoding);
                if (encoding == Encoding.GZIP
                        && !"gzip".equals(answer.headers().firstValue("Content-Encoding").orElse(""))) {
                    throw new IllegalStateException(paths.get(i) + " is not sent gzipped to a client that asks for it");
                }
                String file = "page" + i + ".html" + encoding.suffix;
                bodies.put(file, answer.body());
                if (sameHeaders && encoding == encodings.getFirst()) {
                    // One location serves both files (gzip_static picks the .gz); the portal sends the same
                    // headers with both but Content-Encoding, which nginx adds itself.
                    locations.append(nginxLocation("/page" + i + ".html", answer.headers()));
                }
                Path path = dir.resolve("www/" + file);
                Files.write(path, answer.body());
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
            }
            if (!encodings.contains(Encoding.IDENTITY)) {
                // gzip_static serves the .gz only next to the file it stands for.
                Path path = dir.resolve("www/page" + i + ".html");
                Files.write(path, get(portal.baseUrl() + paths.get(i)));
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        for (Path p = dir.resolve("www"); p != null; p = p.getParent()) {
            p.toFile().setExecutable(true, false); // nginx workers run as nobody and must reach the files
        }
        int nginxPort = freePort();
        String conf = Files.readString(Path.of("bench/nginx.conf.template"))
                .replace("PREFIX", dir.toString()).replace("ROOT", dir.resolve("www").toString())
                .replace("PORT", Integer.toString(nginxPort)).replace("#PAGE_LOCATIONS#", locations);
        Files.writeString(dir.resolve("nginx.conf"), conf);
        Process nginx = new ProcessBuilder("nginx", "-c", dir.resolve("nginx.conf").toString(), "-p", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        List<PageResult> results = new ArrayList<>();
        String loadBefore;
        int warmUpRounds;
        long jitBefore;
        try {
            waitForPort(nginxPort);
            String nginxBase = "http://127.0.0.1:" + nginxPort;
            for (int i = 0; i < paths.size(); i++) {
                for (Encoding encoding : encodings) {
                    byte[] fromNginx = answer(nginxBase + "/page" + i + ".html", encoding).body();
                    if (!Arrays.equals(fromNginx, bodies.get("page" + i + ".html" + encoding.suffix))) {
                        throw new IllegalStateException("nginx does not serve the same bytes as the portal for "
                                + paths.get(i) + " (" + encoding.label() + ")");
                    }
                }
            }
            loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
            // Warm the JIT and the caches first, until the JIT has (nearly) stopped compiling: on a loaded machine
            // a fixed 10 s left C2 compiling through the measured runs, which then measured the compiler.
            for (warmUpRounds = 1; warmUpRounds <= 12; warmUpRounds++) {
                long compiledBefore = portal.jitMillis().getAsLong();
                for (String path : paths) {
                    for (Encoding encoding : encodings) {
                        wrk("warm-up", portal.baseUrl() + path, encoding, "5s", connections, () -> 0L);
                    }
                }
                if (warmUpRounds >= 2 && portal.jitMillis().getAsLong() - compiledBefore < 100) {
                    break;
                }
            }
            jitBefore = portal.jitMillis().getAsLong();
            ProcessHandle nginxProcess = nginx.toHandle();
            for (int i = 0; i < paths.size(); i++) {
                for (Encoding encoding : encodings) {
                    Result fromNginx = wrk("nginx, static file with the same bytes", nginxBase + "/page" + i + ".html",
                            encoding, duration, connections, () -> nginxCpuNanos(nginxProcess));
                    Result fromPortal = wrk("portal " + paths.get(i), portal.baseUrl() + paths.get(i), encoding,
                            duration, connections, portal.cpuNanos());
                    results.add(new PageResult(names.get(i) + " " + paths.get(i), encoding,
                            bodies.get("page" + i + ".html" + encoding.suffix).length, fromNginx, fromPortal));
                }
            }
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%s%nwrk -t2 -c%s -d%s --latency, loopback; load average before: %s; cores: %d%n",
                portal.description(), connections, duration, loadBefore, Runtime.getRuntime().availableProcessors()));
        report.append(sameHeaders ? "nginx adds the headers the portal sends with each page (security headers, caching, "
                + "language, a request id)\n" : "nginx sends its own headers only (-Dbench.nginx-headers=none)\n");
        for (PageResult r : results) {
            report.append(String.format(Locale.ROOT,
                    "%-44s %-22s %6d B  nginx %7.0f req/s p99 %6.2f ms %5.1f us/req | portal %7.0f req/s p99 %6.2f ms %5.1f us/req"
                            + " | ratio %5.1f %% %s%n",
                    r.page(), r.encoding().label(), r.bytes(), r.nginx().requestsPerSecond(), r.nginx().p99Millis(), r.nginx().cpuMicrosPerRequest(),
                    r.portal().requestsPerSecond(), r.portal().p99Millis(), r.portal().cpuMicrosPerRequest(),
                    100 * r.ratio(), r.meetsGoal() ? "goal met" : "goal NOT met"));
        }
        report.append(String.format(Locale.ROOT, "goal (issue 20): >= %.0f %% of nginx and p99 < %.0f ms on each page%n",
                100 * GOAL_RATIO, GOAL_P99_MILLIS));
        report.append(String.format(Locale.ROOT, "warm-up: %d rounds of %d x 5 s; JIT compilation during the measured runs: %d ms%n",
                Math.min(warmUpRounds, 12), paths.size() * encodings.size(), portal.jitMillis().getAsLong() - jitBefore));
        report.append("load average after: ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
        Files.writeString(dir.resolve("results.txt"), report);
        List<String> raw = new ArrayList<>();
        results.forEach(r -> raw.addAll(List.of(r.nginx().raw(), r.portal().raw())));
        Files.writeString(dir.resolve("wrk-raw.txt"), String.join("\n----\n", raw));
        System.out.println(report);
        return results;
    }

    /** CPU time used so far by a process and its descendants, in nanoseconds (from /proc, clock ticks of 10 ms). */
    static long processTreeCpuNanos(ProcessHandle root) {
        long ticks = 0;
        for (ProcessHandle p : java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants()).toList()) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException e) {
                // a process that just exited: its time is lost either way
            }
        }
        return ticks * 10_000_000L;
    }

    private static long nginxCpuNanos(ProcessHandle nginx) {
        return processTreeCpuNanos(nginx);
    }

    private static String firstUnitPath(String base) throws Exception {
        String body = new String(get(base + "/don-vi"), java.nio.charset.StandardCharsets.UTF_8);
        var link = org.jsoup.Jsoup.parse(body).selectFirst("a.unit-name");
        if (link == null) {
            throw new IllegalStateException(base + "/don-vi lists no unit with published figures");
        }
        return link.attr("href");
    }

    private static byte[] get(String url) throws Exception {
        return answer(url, Encoding.IDENTITY).body();
    }

    private static HttpResponse<byte[]> answer(String url, Encoding encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (encoding.acceptEncoding != null) {
            request.header("Accept-Encoding", encoding.acceptEncoding);
        }
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response;
    }

    /** Headers nginx makes itself for a static file (its ETag and Last-Modified stand for the portal's). */
    private static final java.util.Set<String> NGINX_OWN = java.util.Set.of("date", "content-length", "content-type",
            "etag", "last-modified", "connection", "keep-alive", "transfer-encoding", "server", "accept-ranges",
            "content-encoding");

    /**
     * An nginx location that sends the page with the portal's other headers, so both answers carry the same
     * headers: compare like with like. The request id is nginx's own, fresh on every answer as the portal's is.
     */
    static String nginxLocation(String file, java.net.http.HttpHeaders headers) {
        StringBuilder location = new StringBuilder("        location = ").append(file).append(" {\n");
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NGINX_OWN.contains(lower) || lower.startsWith(":")) {
                return;
            }
            for (String value : values) {
                if (value.contains("\"") || value.contains("$") || value.contains("\\")) {
                    throw new IllegalStateException("A header nginx cannot repeat as it is: " + name + ": " + value);
                }
                String v = lower.equals("x-request-id") ? "$request_id" : value;
                location.append("            add_header ").append(name).append(" \"").append(v).append("\" always;\n");
            }
        });
        return location.append("        }\n").toString();
    }

    private static Result wrk(String name, String url, Encoding encoding, String duration, String connections,
                              LongSupplier serverCpuNanos) throws IOException, InterruptedException {
        long cpuBefore = serverCpuNanos.getAsLong();
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency"));
        if (encoding.acceptEncoding != null) {
            command.addAll(List.of("-H", "Accept-Encoding: " + encoding.acceptEncoding));
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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
                name + " " + url + " (" + encoding.label() + ")\n" + out);
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
