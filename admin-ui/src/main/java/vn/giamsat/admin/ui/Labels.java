package vn.giamsat.admin.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.domain.common.Reason;

/** The domain's own bilingual wording (enums, reasons) in the UI's language. */
public final class Labels {
    private Labels() {}

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.VIETNAMESE : ui.getLocale();
    }

    public static String of(String vietnamese, String english) {
        return Languages.isEnglish(locale()) ? english : vietnamese;
    }

    public static String of(Reason reason) {
        return of(reason.vietnamese(), reason.english());
    }
}
