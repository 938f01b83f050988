package vn.giamsat.application.reminder.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.reminder.model.DueItem;
import vn.giamsat.application.reminder.model.NewNotice;
import vn.giamsat.application.reminder.model.Notice;
import vn.giamsat.application.reminder.port.in.MyNotices;
import vn.giamsat.application.reminder.port.in.ReminderJobs;
import vn.giamsat.application.reminder.port.out.MailPort;
import vn.giamsat.application.reminder.port.out.NoticeOutboxPort;
import vn.giamsat.application.reminder.port.out.ReminderSourcePort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;

/**
 * Reminders (nhắc việc): who must hear of what is due, one notice per recipient in the outbox, and sending it.
 *
 * <p>Recipients come from the identity directory (their e-mail addresses too): the officers of the unit a
 * recommendation is addressed to (its jurisdiction holds the unit), the council office whose jurisdiction holds
 * the round's council, and accounts named by the item (the delegation head). Cluster safety does not rest on the
 * scheduler alone: the outbox's unique key keeps a second collector from adding a notice twice, and a row is
 * sent only by the instance that holds its lock.
 */
public final class ReminderService implements ReminderJobs, MyNotices {
    /** Notices one run sends at most; the rest wait for the next run. */
    static final int MAX_PER_RUN = 500;

    private final ReminderSourcePort source;
    private final NoticeOutboxPort outbox;
    private final MailPort mail;
    private final IdentityDirectoryPort directory;
    private final AccessPolicy jurisdictions;
    private final CurrentActorPort actors;
    private final ClockPort clock;
    private final int daysAhead;

    /**
     * @param daysAhead a recommendation due within this many days from today is "due soon" (setting
     *                  {@code giamsat.reminders.days-ahead})
     */
    public ReminderService(ReminderSourcePort source, NoticeOutboxPort outbox, MailPort mail,
                           IdentityDirectoryPort directory, UnitCatalogPort units, CurrentActorPort actors,
                           ClockPort clock, int daysAhead) {
        if (daysAhead < 0) {
            throw new IllegalArgumentException("days ahead must not be negative: " + daysAhead);
        }
        this.source = source;
        this.outbox = outbox;
        this.mail = mail;
        this.directory = directory;
        this.jurisdictions = new AccessPolicy(Actor::theSystem, units);
        this.actors = actors;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    @Override
    public int collect() {
        LocalDate today = clock.today();
        List<DueItem> items = source.dueItems(today, today.plusDays(daysAhead));
        if (items.isEmpty()) {
            return 0;
        }
        List<DirectoryUser> users = activeUsers();
        int added = 0;
        for (DueItem item : items) {
            for (DirectoryUser user : users) {
                if (concerns(item, user)) {
                    ReminderTemplates.Rendered text = ReminderTemplates.render(item, user.fullName());
                    if (outbox.add(new NewNotice(item.kind(), item.key(), user.username(), user.email(),
                            text.subject(), text.body()), clock.now())) {
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private boolean concerns(DueItem item, DirectoryUser user) {
        if (item.accounts().contains(user.username())) {
            return true;
        }
        Actor actor = Actor.user(user.username(), user.fullName(), user.roles(), user.jurisdictions());
        if (item.unit().isPresent() && actor.hasAnyRole(Role.UNIT_OFFICER)
                && jurisdictions.inOwnJurisdiction(actor, item.unit().get())) {
            return true;
        }
        return item.staff() && actor.hasAnyRole(Role.COUNCIL_STAFF) && jurisdictions.inJurisdiction(actor, item.council());
    }

    private List<DirectoryUser> activeUsers() {
        List<DirectoryUser> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            UserPage page = directory.users(new UserSearch("", false, offset, UserSearch.MAX_LIMIT));
            page.users().stream().filter(DirectoryUser::enabled).forEach(all::add);
            offset += page.users().size();
            if (page.users().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    @Override
    public int deliver() {
        int sent = 0;
        while (sent < MAX_PER_RUN) {
            Optional<Boolean> done = outbox.deliverNext(clock.now(), this::send);
            if (done.isEmpty() || !done.get()) {
                return sent; // nothing waits, or the mail server failed: the rest waits for the next run
            }
            sent++;
        }
        return sent;
    }

    private Optional<String> send(Notice notice) {
        try {
            mail.send(notice.email().orElseThrow(), notice.subject(), notice.body());
            return Optional.empty();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message.length() > 1000 ? message.substring(0, 1000) : message);
        }
    }

    @Override
    public List<Notice> mine() {
        Actor actor = actors.current();
        if (actor.system()) {
            return List.of();
        }
        return outbox.noticesTo(actor.username(), 200);
    }
}
