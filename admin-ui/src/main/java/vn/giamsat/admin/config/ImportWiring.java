package vn.giamsat.admin.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.admin.imports.ImportThreads;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.common.ClockPort;

/** The threads dossier imports run on, and today's date for views. */
@Configuration(proxyBeanMethods = false)
public class ImportWiring {

    /** Today by the clock port, for views (which may not reach out-ports), e.g. the calendar's default year. */
    @Bean Today today(ClockPort clock) { return clock::today; }

    /**
     * Two imports at a time (more would only compete for the same cores and disk); the others wait their turn.
     * Not an Executor bean, so Spring Boot's own task executor stays as it is.
     */
    @Bean(destroyMethod = "close")
    PooledImportThreads importThreads() {
        return new PooledImportThreads(Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("dossier-import-", 1).daemon().factory()));
    }

    static final class PooledImportThreads implements ImportThreads, AutoCloseable {
        private final ExecutorService pool;

        PooledImportThreads(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void start(Runnable task) {
            // The task runs as the user who started it: the use case checks that user's role.
            pool.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
