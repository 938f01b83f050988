package vn.giamsat.portal.web;

import java.util.Locale;

/** The portal's two languages: Vietnamese first, English second. */
public final class PortalLocales {
    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Query parameter that selects English ({@code ?lang=en}); anything else is Vietnamese. */
    public static final String PARAMETER = "lang";

    private PortalLocales() {}

    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
