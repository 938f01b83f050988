package vn.giamsat.portal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * The whole portal on a random port, connected to the shared test PostgreSQL as the read-only role, as in
 * production. A test class adds its own settings with {@code @TestPropertySource} (e.g. how often published results
 * are re-read).
 *
 * <p>Each class gets a context of its own, closed after it: classes publish their own data, and a context that
 * another class left would serve that class's cached pages.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PortalOnTestDatabase {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void portalReadsTheTestDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", TestDatabase::readerLogin);
    }
}
