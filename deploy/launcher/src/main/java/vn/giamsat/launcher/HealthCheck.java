package vn.giamsat.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits until a child answers HTTP 200 on its health URL, while watching that it is still alive. */
public final class HealthCheck {

    private static final Duration POLL = Duration.ofMillis(300);

    /** How the wait ended. */
    public sealed interface Outcome {
        record Healthy(Duration took) implements Outcome {
        }

        record ChildExited(int exitCode) implements Outcome {
        }

        /** @param lastAnswer the last HTTP status seen, 0 if the port never answered */
        record TimedOut(Duration waited, int lastAnswer) implements Outcome {
        }
    }

    private HealthCheck() {
    }

    public static Outcome awaitHealthy(SupervisedChild child) {
        URI url = child.spec().healthUrl();
        Duration timeout = child.spec().startupTimeout();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
            int lastAnswer = 0;
            while (true) {
                if (!child.isAlive()) {
                    return new Outcome.ChildExited(child.process().exitValue());
                }
                lastAnswer = status(client, request);
                if (lastAnswer == 200) {
                    return new Outcome.Healthy(Duration.ofNanos(System.nanoTime() - start));
                }
                if (System.nanoTime() > deadline) {
                    return new Outcome.TimedOut(timeout, lastAnswer);
                }
                // Sleeps, but wakes at once if the child dies.
                child.process().waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.TimedOut(Duration.ofNanos(System.nanoTime() - start), 0);
        }
    }

    private static int status(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYetListening) {
            return 0;
        }
    }
}
