package vn.giamsat.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The public portal: server-rendered pages for citizens, reading published snapshots only. The database
 * and the use cases are wired in {@code config}; the pages in {@code web} see inbound ports only. Only those
 * two packages are scanned, so nothing else in the root package (such as a test configuration) slips in.
 */
@SpringBootApplication(scanBasePackages = {"vn.giamsat.portal.web", "vn.giamsat.portal.config"})
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
