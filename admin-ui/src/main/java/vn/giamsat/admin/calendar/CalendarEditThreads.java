package vn.giamsat.admin.calendar;

/**
 * Where calendar edits run: off the request thread, so that the page can show their progress (at 100 M dossiers
 * stored, an edit judges some 330,000 of them again for about 3 s), with the signed-in user's security context, so
 * that the use case still checks who edits.
 */
@FunctionalInterface
public interface CalendarEditThreads {
    void start(Runnable task);
}
