package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.admin.imports.ImportThreads;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.common.ClockPort;

/** The threads dossier imports run on, and today's date for views. */
@Configuration(proxyBeanMethods = false)
public class ImportWiring {

    /** Today by the clock port, for views (which may not reach out-ports), e.g. the calendar's default year. */
    @Bean Today today(ClockPort clock) { return clock::today; }

    /** Two imports at a time (more would only compete for the same cores and disk); the others wait their turn. */
    @Bean(destroyMethod = "close")
    PooledImportThreads importThreads() {
        return new PooledImportThreads();
    }

    static final class PooledImportThreads extends UserThreadPool implements ImportThreads {
        PooledImportThreads() {
            super("dossier-import-", 2);
        }
    }
}
