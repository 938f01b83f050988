package vn.giamsat.admin.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fixed pool of daemon threads for work that must leave the request thread (imports, calendar edits). Each task
 * runs as the user who started it: the use cases check that user's role. Not an Executor bean, so Spring Boot's own
 * task executor stays as it is.
 */
class UserThreadPool implements AutoCloseable {
    private final ExecutorService pool;

    UserThreadPool(String namePrefix, int threads) {
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name(namePrefix, 1).daemon().factory());
    }

    public void start(Runnable task) {
        pool.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
