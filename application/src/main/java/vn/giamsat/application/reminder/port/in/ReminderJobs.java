package vn.giamsat.application.reminder.port.in;

/**
 * The scheduled work of reminders, run by the system (never by a user): find what is due and put one notice per
 * recipient in the outbox, then send what waits. Safe to run on every instance at once.
 */
public interface ReminderJobs {
    /** Puts the day's new notices in the outbox; returns how many were added. */
    int collect();

    /** Sends waiting notices until none is left or the mail server fails; returns how many were sent. */
    int deliver();
}
