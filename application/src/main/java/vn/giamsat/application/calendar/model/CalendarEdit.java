package vn.giamsat.application.calendar.model;

import java.util.List;

/**
 * What an edit of the holiday calendar did to dossiers already imported: their early / on time / late was decided
 * against the calendar of their import, so the imports whose deadlines the edited day can move are judged again in
 * the same transaction (a figure must never silently follow an old calendar).
 *
 * @param importsJudgedAgain the exports whose dossiers were judged again (by export key)
 * @param dossiersChecked    dossiers whose deadline the edit could move
 * @param outcomesChanged    of those, the dossiers whose outcome changed (their figures moved with them)
 */
public record CalendarEdit(List<String> importsJudgedAgain, long dossiersChecked, long outcomesChanged) {
    public CalendarEdit {
        importsJudgedAgain = List.copyOf(importsJudgedAgain);
        if (dossiersChecked < 0 || outcomesChanged < 0 || outcomesChanged > dossiersChecked) {
            throw new IllegalArgumentException("counts out of range: " + dossiersChecked + ", " + outcomesChanged);
        }
    }

    public static CalendarEdit noDossiers() {
        return new CalendarEdit(List.of(), 0, 0);
    }
}
