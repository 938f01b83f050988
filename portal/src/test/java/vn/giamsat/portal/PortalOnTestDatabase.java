package vn.giamsat.portal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.portal.config.PortalMemory;

/**
 * The whole portal on a random port, connected to the shared test PostgreSQL as the read-only role, as in
 * production. Published results are re-read every second (a publication reaches the pages within seconds).
 *
 * <p>The test classes share one running portal (one Spring context), while each publishes data of its own in its
 * {@code @BeforeAll}: before each test the portal forgets what it kept in memory of the published data (results,
 * rendered pages), so it never serves another class's pages. A class that needs other settings
 * ({@code @TestPropertySource}) gets a portal of its own; it marks itself {@code @DirtiesContext}, as nothing
 * else can reuse that one.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "giamsat.portal.refresh=PT1S")
public abstract class PortalOnTestDatabase {

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext portal;

    @DynamicPropertySource
    static void portalReadsTheTestDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", TestDatabase::readerLogin);
    }

    /** After the class's {@code @BeforeAll} has published its data. */
    @BeforeEach
    void forgetWhatAnotherClassPublished() {
        PortalMemory.forget(portal);
    }
}
