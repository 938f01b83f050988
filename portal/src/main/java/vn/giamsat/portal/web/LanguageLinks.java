package vn.giamsat.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links every page needs to stay in its language: the suffix for internal links, and the switch to the other
 * language that keeps the reader on the same page (same path, same other parameters).
 */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("langQuery")
    String langQueryAttribute(Locale locale) {
        return langQuery(locale);
    }

    @ModelAttribute("switchLanguageHref")
    String switchLanguageHrefAttribute(HttpServletRequest request, Locale locale) {
        return switchLanguageHref(request, locale);
    }

    /** Appended to internal links: empty in Vietnamese, {@code ?lang=en} in English. */
    static String langQuery(Locale locale) {
        return PortalLocales.isEnglish(locale) ? "?" + PortalLocales.PARAMETER + "=en" : "";
    }

    static String switchLanguageHref(HttpServletRequest request, Locale locale) {
        // On an error page the address the reader asked for is the original one, not /error.
        boolean errorDispatch = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String;
        String path = errorDispatch
                ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        String query = errorDispatch
                ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
                : request.getQueryString();
        // "//host/..." would be read by the browser as another site: keep the link on this one.
        path = "/" + path.replaceFirst("^/+", "");
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).query(query);
        if (PortalLocales.isEnglish(locale)) {
            link.replaceQueryParam(PortalLocales.PARAMETER);
        } else {
            link.replaceQueryParam(PortalLocales.PARAMETER, "en");
        }
        return link.build().toUriString();
    }
}
