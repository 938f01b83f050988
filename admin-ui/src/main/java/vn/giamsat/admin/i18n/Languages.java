package vn.giamsat.admin.i18n;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The two UI languages; Vietnamese unless the user chose English in this session. */
public final class Languages {
    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(VIETNAMESE, ENGLISH);

    private static final String SESSION_KEY = Languages.class.getName() + ".chosen";

    private Languages() {}

    /** Maps any locale to one the UI speaks: English stays English, everything else is Vietnamese. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    public static boolean isEnglish(Locale locale) {
        return supported(locale) == ENGLISH;
    }

    /** The language chosen in this session, or Vietnamese (the browser's language does not decide). */
    public static Locale chosen(VaadinSession session) {
        Object value = session == null ? null : session.getAttribute(SESSION_KEY);
        return value instanceof Locale locale ? locale : VIETNAMESE;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_KEY, supported(locale));
    }
}
