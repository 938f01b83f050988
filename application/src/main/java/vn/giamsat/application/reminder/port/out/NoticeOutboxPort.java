package vn.giamsat.application.reminder.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.giamsat.application.reminder.model.NewNotice;
import vn.giamsat.application.reminder.model.Notice;

/**
 * The outbox of reminders (out port): one row per reminder per recipient, never two (unique on kind, key and
 * recipient), kept after sending so that each user can read what was sent to them.
 */
public interface NoticeOutboxPort {
    /** Adds the notice unless the same kind, key and recipient is there already; true when added. */
    boolean add(NewNotice notice, Instant at);

    /**
     * Takes the oldest notice with an address not yet sent whose row no other instance holds, and calls
     * {@code send} while holding it: an empty answer means the mail server accepted it (then it is marked sent),
     * otherwise the failure's message is recorded and the notice stays to be sent. Empty when none was waiting.
     */
    Optional<Boolean> deliverNext(Instant at, Function<Notice, Optional<String>> send);

    /** The notices to this user, newest first, at most {@code max}. */
    List<Notice> noticesTo(String username, int max);
}
