package vn.giamsat.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizens' portal as its own process, from the boot jar the build makes ({@code portal/target}), on the test
 * database as its read-only login ({@code giamsat_portal}), as the local run starts it (deploy/launcher's
 * {@code portalSpec}). A walk through the admin UI can then look at what a citizen sees on the real portal, which
 * shares nothing with the admin UI but the database.
 *
 * <p>The admin UI's pom depends on the portal module (type pom, nothing on the class path) only so that the reactor
 * builds the portal's jar before these tests run, also with {@code -pl admin-ui -am}.
 */
public final class RealPortal implements AutoCloseable {
    /** The portal's boot jar; {@code giamsat.portal-jar} overrides where it is looked for. */
    public static final String JAR_PROPERTY = "giamsat.portal-jar";

    private final Process process;
    private final int port;
    private final Path log;

    private RealPortal(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the portal on a free loopback port, reading {@code jdbcUrl} as {@code login}, re-reading what is
     * published every second (as the portal's own tests do: a publication shows within seconds). Returns at once;
     * {@link #awaitReady} waits for it.
     */
    public static RealPortal start(String jdbcUrl, String login) {
        Path jar = jar();
        int port = freePort();
        Path log = Path.of("target", "real-portal-" + port + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx320m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar.toString(),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + login,
                "--giamsat.database.read-only=true",
                "--giamsat.portal.refresh=PT1S",
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new RealPortal(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the portal from " + jar, e);
        }
    }

    /** The portal's address for a path, e.g. {@code /giam-sat/…}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until the portal's health answers UP (database included), or fails naming its log. */
    public void awaitReady(Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("the portal stopped during its start; its log: %s", log.toAbsolutePath())
                    .isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new AssertionError("the portal was not ready within " + patience + "; its log: " + log.toAbsolutePath());
    }

    private static Path jar() {
        String given = System.getProperty(JAR_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path target = Path.of("..", "portal", "target"); // the working directory is the admin-ui module
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "giamsat-portal-*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new AssertionError("The portal's jar is not in " + target.toAbsolutePath()
                + ": build it first (./mvnw -pl admin-ui -am verify builds it) or name it with -D" + JAR_PROPERTY);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the portal (and waits for it: its port and database connections are free afterwards). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
