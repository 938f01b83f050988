package vn.giamsat.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database outage becomes the "temporarily unavailable" page (503, Retry-After); any other failure is
 * rethrown to the container, which shows the error/5xx page. Neither ever shows a stack trace.
 */
@ControllerAdvice
class PortalExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(PortalExceptionHandler.class);
    static final int RETRY_AFTER_SECONDS = 120;

    @ExceptionHandler(RuntimeException.class)
    ModelAndView databaseOutage(RuntimeException failure, HttpServletRequest request, HttpServletResponse response,
                                Locale locale) {
        if (!DatabaseOutage.causedBy(failure)) {
            throw failure;
        }
        log.warn("Database unreachable, answering 503: {}", failure.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        // Model attributes of the advice are not applied to exception handlers: add the language links here.
        page.addObject("langQuery", LanguageLinks.langQuery(locale));
        page.addObject("switchLanguageHref", LanguageLinks.switchLanguageHref(request, locale));
        return page;
    }
}
