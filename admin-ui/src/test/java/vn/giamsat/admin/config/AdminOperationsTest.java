package vn.giamsat.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.AdminApplication;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;

/**
 * The admin UI as an operator runs it: probes and metrics without a login (metrics only from a private
 * network), import throughput measured, and request log lines with the request id but without the caller's
 * token or session cookie.
 */
@SpringBootTest(classes = AdminApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
class AdminOperationsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", TestDatabase::jdbcUrl);
        // The app's own role, as in production (decision 021): the suite proves its grants suffice.
        r.add("spring.datasource.username", TestDatabase::appLogin);
        r.add("giamsat.migration.user", TestDatabase::migrationLogin);
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportDossiersUseCase imports;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request line is written once the response has gone out: the client may see the response first. */
    private static String awaitLine(CapturedOutput output, Predicate<String> wanted) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var line = output.getOut().lines().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such log line within 5 s");
    }

    @Test
    void probes_and_metrics_need_no_login_and_the_import_throughput_is_exported() throws Exception {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("giamsat_import_rows_total").contains("http_server_requests_seconds");
        assertThat(imports).as("the import use case the views get is the measured one")
                .isInstanceOf(MeteredDossierImport.class);
        assertThat(get("/actuator/prometheus", "X-Forwarded-For", "203.113.131.5").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_request_log_line_names_the_request_id_and_not_the_token_or_cookie(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get("/api/rounds", "X-Request-Id", "admin-test-0042",
                "Authorization", "Bearer eyJhbGciOi.secret-payload.sig", "Cookie", "JSESSIONID=session-secret-7");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("admin-test-0042");
        String line = awaitLine(output, l -> l.contains("admin-test-0042") && l.contains("giamsat.requests"));
        assertThat(line).contains("GET /api/rounds 401").doesNotContain("127.0.0.1");
        assertThat(output.getOut()).doesNotContain("secret-payload").doesNotContain("session-secret-7");
    }
}
