package vn.giamsat.admin.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.admin.calendar.CalendarEditThreads;

/** The threads calendar edits run on (apart from the imports', which may be busy for minutes). */
@Configuration(proxyBeanMethods = false)
public class CalendarWiring {

    /**
     * Two threads: edits from two tabs both start, and the database makes the second wait for the first's commit
     * (an advisory lock, see JdbcWorkingCalendar.tryLockForEdit); a third waits here for a thread.
     */
    @Bean(destroyMethod = "close")
    PooledCalendarEditThreads calendarEditThreads() {
        return new PooledCalendarEditThreads(Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("calendar-edit-", 1).daemon().factory()));
    }

    static final class PooledCalendarEditThreads implements CalendarEditThreads, AutoCloseable {
        private final ExecutorService pool;

        PooledCalendarEditThreads(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void start(Runnable task) {
            // The edit runs as the user who asked for it: the use case checks that user's role.
            pool.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
