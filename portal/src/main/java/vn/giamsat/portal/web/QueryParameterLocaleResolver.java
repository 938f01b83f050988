package vn.giamsat.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language comes from the address alone ({@code ?lang=en}), never from a cookie, a session or
 * Accept-Language: every URL then names exactly one page, which public caches may keep without a Vary header.
 */
final class QueryParameterLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return "en".equalsIgnoreCase(request.getParameter(PortalLocales.PARAMETER))
                ? PortalLocales.ENGLISH
                : PortalLocales.VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the ?lang= parameter of each address.");
    }
}
