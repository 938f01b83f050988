package vn.giamsat.admin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.i18n.TranslationProvider;
import vn.giamsat.application.calendar.model.CalendarEdit;

/** The sentence after a calendar edit, in both languages, from what the use case reports it judged again. */
class CalendarEditMessageTest {
    private final TranslationProvider provider = new TranslationProvider();

    private String in(Locale locale, CalendarEdit edit) {
        return CalendarEditMessage.of(edit, (key, args) -> provider.getTranslation(key, locale, args));
    }

    @Test
    void an_edit_that_moved_no_deadline_says_no_dossier_was_affected() {
        assertThat(in(Languages.VIETNAMESE, CalendarEdit.noDossiers()))
                .isEqualTo("Không có hồ sơ đã nhập nào bị ảnh hưởng.");
        assertThat(in(Locale.ENGLISH, CalendarEdit.noDossiers())).isEqualTo("No imported dossier was affected.");
    }

    @Test
    void an_edit_that_judged_dossiers_again_names_the_imports_and_counts_the_changed_outcomes() {
        CalendarEdit edit = new CalendarEdit(List.of("hcc-2024-02", "hcc-2024-03"), 1250, 37);

        assertThat(in(Languages.VIETNAMESE, edit))
                .isEqualTo("Đã chấm lại 1.250 hồ sơ của các lần nhập hcc-2024-02, hcc-2024-03; 37 hồ sơ đổi kết quả.");
        assertThat(in(Locale.ENGLISH, edit))
                .isEqualTo("1,250 dossiers of the imports hcc-2024-02, hcc-2024-03 were judged again; 37 of them changed outcome.");
    }
}
