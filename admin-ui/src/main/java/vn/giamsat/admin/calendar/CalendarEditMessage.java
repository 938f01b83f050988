package vn.giamsat.admin.calendar;

import java.util.function.BiFunction;
import vn.giamsat.application.calendar.model.CalendarEdit;

/**
 * What an edit of the calendar did to imported dossiers, in a sentence: an admin must know that moving a day off
 * changed figures already published from earlier imports, and which imports those were.
 */
final class CalendarEditMessage {
    private CalendarEditMessage() {}

    /** @param t the translation of a message key with its arguments, in the UI's language */
    static String of(CalendarEdit edit, BiFunction<String, Object[], String> t) {
        if (edit.dossiersChecked() == 0) {
            return t.apply("calendar.edit.none", new Object[0]);
        }
        return t.apply("calendar.edit.judged-again", new Object[] {edit.dossiersChecked(),
                String.join(", ", edit.importsJudgedAgain()), edit.outcomesChanged()});
    }
}
