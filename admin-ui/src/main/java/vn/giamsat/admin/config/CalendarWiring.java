package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
        return new PooledCalendarEditThreads();
    }

    static final class PooledCalendarEditThreads extends UserThreadPool implements CalendarEditThreads {
        PooledCalendarEditThreads() {
            super("calendar-edit-", 2);
        }
    }
}
