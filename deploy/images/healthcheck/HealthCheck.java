import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The images have no shell, curl or wget (they are built on `scratch`), so a compose healthcheck runs this:
 * {@code java -cp /opt/giamsat/healthcheck HealthCheck http://127.0.0.1:8080/actuator/health/readiness}.
 * Exit 0 when the address answers 2xx within 5 s, 1 otherwise. Kubernetes needs none of it: its probes are HTTP.
 */
public final class HealthCheck {
    private HealthCheck() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthCheck URL");
            System.exit(2);
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(5)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.println(args[0] + " -> " + status);
            System.exit(status / 100 == 2 ? 0 : 1);
        } catch (Exception e) {
            System.out.println(args[0] + " -> " + e);
            System.exit(1);
        }
    }
}
