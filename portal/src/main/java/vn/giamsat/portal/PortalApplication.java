package vn.giamsat.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The public portal: server-rendered pages for citizens, reading published snapshots only. The database
 * and the use cases are wired in {@code config}; everything else sees inbound ports only.
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
