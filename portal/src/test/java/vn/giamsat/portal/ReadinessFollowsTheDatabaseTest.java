package vn.giamsat.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.giamsat.adapters.persistence.EmbeddedDatabase;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * What an orchestrator sees when the database goes away and comes back: readiness turns 503 (no new traffic
 * to this replica) and 200 again, liveness stays 200 throughout (no restart: a restart would not bring the
 * database back and would throw the cached pages away), and a citizen still gets the page read before the
 * outage, or the clear 503 page for one never read.
 *
 * <p>This class runs its own PostgreSQL, not the module's shared {@link TestDatabase}: it has to stop it, and the
 * other tests of the JVM must not see that. A fixed port and a kept data directory let it come back as the same
 * server at the same address.
 */
// Closed after the class (its database is stopped at the end): a portal left running would keep refreshing against it on the
// shared ForkJoin pool, and starve the refreshes of the portals of later classes.
@DirtiesContext
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // Fail fast while the server is down, instead of Hikari's 30 s wait per health check.
                "spring.datasource.hikari.connection-timeout=1000",
                "spring.datasource.hikari.validation-timeout=500",
                "spring.datasource.hikari.maximum-pool-size=3",
                "giamsat.portal.refresh=PT1S"})
class ReadinessFollowsTheDatabaseTest {
    private static final Path DATA = tempDir();
    private static final int DB_PORT = freePort();
    private static EmbeddedDatabase database = startDatabase();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + DB_PORT + "/postgres");
        registry.add("spring.datasource.username", () -> EmbeddedDatabase.READER_LOGIN);
    }

    private static EmbeddedDatabase startDatabase() {
        EmbeddedDatabase db = EmbeddedDatabase.start(DATA, DB_PORT);
        TestDatabase.migrate(db.migrationDataSource());
        db.readerDataSource(); // creates the portal's login role
        AdminSide.run(db.jdbcUrl(), (useCases, beans) -> assertThat(useCases.loadDemoData().load()).isTrue());
        return db;
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
        FileSystemUtils.deleteRecursively(DATA.toFile());
    }

    @Test
    void readiness_follows_the_database_while_liveness_and_the_published_pages_stay() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(get("/don-vi").body()).contains("Thị trấn Phú Thịnh");

        database.close();
        database = null;
        awaitStatus("/actuator/health/readiness", s -> s == 503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> cached = get("/don-vi");
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).contains("Thị trấn Phú Thịnh");
        HttpResponse<String> neverRead = get("/thu-tuc");
        assertThat(neverRead.statusCode()).isEqualTo(503);
        assertThat(neverRead.body()).contains("Tạm thời không truy cập được số liệu").doesNotContain("Exception");

        database = EmbeddedDatabase.start(DATA, DB_PORT);
        awaitStatus("/actuator/health/readiness", s -> s == 200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).as("what the local launcher polls").isEqualTo(200);
        awaitStatus("/thu-tuc", s -> s == 200);
    }

    private void awaitStatus(String path, IntPredicate wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last;
        do {
            last = get(path).statusCode();
            if (wanted.test(last)) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " still answered " + last + " after 30 s");
    }

    private HttpResponse<String> get(String path) throws Exception {
        // A browser asks for HTML; a probe for anything (the health endpoints answer JSON only).
        String accept = path.startsWith("/actuator") ? "*/*" : "text/html";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("giamsat-readiness-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
