package vn.giamsat.adapters.notification;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giamsat.application.reminder.port.in.ReminderJobs;

/**
 * The reminders' recurring task on db-scheduler (plain library, table {@code scheduled_tasks}, change set 781):
 * every instance runs a scheduler, and the one that claims the task's row when it is due runs it, so two admin UI
 * instances collect and send once per period, not twice (decision 041). A run that finds the mail server down
 * leaves the notices in the outbox; the next run sends them.
 */
public final class ReminderSchedule implements AutoCloseable {
    public static final String TASK = "giamsat-reminders";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Scheduler scheduler;

    /**
     * @param every   the delay between two runs (setting {@code giamsat.reminders.interval})
     * @param polling how often the scheduler looks for a due run (short in tests)
     * @param name    this instance's name in the table (host name by default)
     */
    public ReminderSchedule(DataSource dataSource, ReminderJobs jobs, Duration every, Duration polling, String name) {
        RecurringTask<Void> task = Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> {
            int added = jobs.collect();
            int sent = jobs.deliver();
            if (added > 0 || sent > 0) {
                LOG.info("Reminders: {} new notice(s), {} mail(s) sent", added, sent);
            }
        });
        var builder = Scheduler.create(dataSource).startTasks(task).pollingInterval(polling).threads(1)
                .heartbeatInterval(polling.multipliedBy(10).compareTo(Duration.ofMinutes(5)) < 0
                        ? polling.multipliedBy(10) : Duration.ofMinutes(5));
        if (name != null && !name.isBlank()) {
            builder.schedulerName(new SchedulerName.Fixed(name));
        }
        this.scheduler = builder.build();
    }

    public ReminderSchedule start() {
        scheduler.start();
        return this;
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
