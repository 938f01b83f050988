package vn.giamsat.admin.calendar;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.model.CalendarEditProgress;
import vn.giamsat.domain.common.DomainRuleViolation;

/**
 * One calendar edit run off the request thread (as dossier imports are), with a modal dialog that says how far it
 * is: the dossiers read and judged again, the outcomes stored, the imports whose figures are counted again. The
 * page has no server push: it polls while the edit runs. The edit is one transaction: a failure stores nothing,
 * and the dialog gives way to the refusal or the usual error text.
 */
final class CalendarEditRun {
    static final int POLL_MILLIS = 300;

    private CalendarEditRun() {}

    /**
     * @param edit    the use case call, given the listener to tell (runs on an edit thread)
     * @param running called with true as the edit starts and false when it ended, to lock the buttons meanwhile
     * @param done    what the page does with the edit's result (on the UI, as the edit has committed)
     * @param refused where a refusal by the use case is shown (a field, or a notification)
     */
    static void start(CalendarEditThreads threads, Function<CalendarEditProgress, CalendarEdit> edit,
                      Consumer<Boolean> running, Consumer<CalendarEdit> done, Consumer<DomainRuleViolation> refused) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation("calendar.progress.title"));
        dialog.setId("calendar-progress");
        dialog.setModal(true);
        dialog.setCloseOnEsc(false);          // the edit cannot be stopped half way: it commits or not at all
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(95vw, 30rem)");
        Span text = new Span(ui.getTranslation("calendar.progress.waiting"));
        text.setId("calendar-progress-text");
        text.getElement().setAttribute("role", "status");   // read out by screen readers as it changes
        text.getElement().setAttribute("aria-live", "polite");
        ProgressBar bar = new ProgressBar();
        bar.setId("calendar-progress-bar");
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-labelledby", "calendar-progress-text");
        dialog.add(text, bar);
        running.accept(true);
        dialog.open();
        ui.setPollInterval(POLL_MILLIS);
        try {
            threads.start(() -> run(ui, dialog, text, bar, edit, running, done, refused));
        } catch (RuntimeException notStarted) {   // no thread to run it (the app is stopping): nothing was done
            ended(ui, dialog, running);
            throw notStarted;
        }
    }

    private static void run(UI ui, Dialog dialog, Span text, ProgressBar bar,
                            Function<CalendarEditProgress, CalendarEdit> edit, Consumer<Boolean> running,
                            Consumer<CalendarEdit> done, Consumer<DomainRuleViolation> refused) {
        try {
            CalendarEdit result = edit.apply((phase, count, total) ->
                    later(ui, () -> show(ui, dialog, text, bar, phase, count, total)));
            later(ui, () -> {
                ended(ui, dialog, running);
                done.accept(result);
            });
        } catch (DomainRuleViolation v) {
            later(ui, () -> {
                ended(ui, dialog, running);
                refused.accept(v);
            });
        } catch (RuntimeException | Error e) {   // the transaction rolled back: nothing was stored
            System.getLogger(CalendarEditRun.class.getName()).log(System.Logger.Level.ERROR,
                    "Calendar edit failed (rolled back)", e);
            later(ui, () -> {
                ended(ui, dialog, running);
                Notices.refused(ui.getTranslation("error.generic"));
            });
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private static void show(UI ui, Dialog dialog, Span text, ProgressBar bar, CalendarEditProgress.Phase phase,
                             long count, long total) {
        if (!dialog.isOpened()) {
            return;
        }
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        String key = switch (phase) {
            case CHECKING -> "calendar.progress.checking";
            case STORING -> "calendar.progress.storing";
            case COUNTING_AGAIN -> "calendar.progress.counting";
        };
        boolean known = total != CalendarEditProgress.UNKNOWN;
        text.setText(ui.getTranslation(key, n.format(count), known ? n.format(total) : ""));
        bar.setIndeterminate(!known);
        if (known) {
            bar.setValue(total == 0 ? 1.0 : Math.min(1.0, (double) count / total));
        }
    }

    private static void ended(UI ui, Dialog dialog, Consumer<Boolean> running) {
        ui.setPollInterval(-1);
        dialog.close();
        running.accept(false);
    }

    private static void later(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // The tab was closed: the edit still ends (committed or rolled back), there is nothing to show.
        }
    }
}
