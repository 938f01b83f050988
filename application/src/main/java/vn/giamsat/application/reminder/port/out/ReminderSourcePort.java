package vn.giamsat.application.reminder.port.out;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.reminder.model.DueItem;

/** What calls for a reminder on a day (out port): due and overdue recommendations, rounds awaiting approval. */
public interface ReminderSourcePort {
    /**
     * @param today   the day the reminders are for
     * @param horizon recommendations due from {@code today} to {@code horizon} (inclusive) are "due soon"
     */
    List<DueItem> dueItems(LocalDate today, LocalDate horizon);
}
