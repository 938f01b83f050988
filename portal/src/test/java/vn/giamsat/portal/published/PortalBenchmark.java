package vn.giamsat.portal.published;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Not a test: the benchmark that portal/bench/run.sh starts (the name keeps it out of the normal test run).
 * The portal alone: started in this JVM on the test database with the demo data published, then measured by
 * {@link PortalLoad} (unit page, procedure search, comparison, each against nginx serving the same bytes).
 * Writes portal/target/bench/results.txt. With the rest of the system up: {@link RunningPortalBenchmark}.
 */
@TestPropertySource(properties = {"giamsat.portal.refresh=PT30S", "logging.level.root=WARN"})
class PortalBenchmark extends PortalOnTestDatabase {

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

    @Test
    void measure() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PortalLoad.measure(new PortalLoad.Portal("http://127.0.0.1:" + port, os::getProcessCpuTime,
                        ManagementFactory.getCompilationMXBean()::getTotalCompilationTime,
                        "portal alone, in the benchmark's JVM on the test database; Tomcat threads: " + tomcatThreads),
                Path.of("target/bench").toAbsolutePath(),
                System.getProperty("bench.duration", "15s"), System.getProperty("bench.connections", "64"));
    }
}
