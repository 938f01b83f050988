package vn.giamsat.admin.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giamsat.admin.i18n.Languages;

/**
 * Shown instead of a page that failed to open: the rule's reason when a rule refused, else a generic
 * message. Replaces Vaadin's default error page, which names the exception.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>,
        com.vaadin.flow.router.HasDynamicTitle {
    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        String message = UiErrorHandler.violationIn(error)
                .map(v -> Languages.isEnglish(getLocale()) ? v.reason().english() : v.reason().vietnamese())
                .orElseGet(() -> {
                    log.error("Page {} failed to open", event.getLocation().getPath(), error);
                    return getTranslation("error.generic");
                });
        removeAll();
        add(new H2(getTranslation("error.page.title")), new Paragraph(message));
        // A refusal is the user's answer, not the server's failure: 403 (or 404 for what they may not know of).
        return UiErrorHandler.violationIn(error).map(v -> switch (v) {
            case vn.giamsat.application.security.AccessDeniedException denied -> HttpServletResponse.SC_FORBIDDEN;
            case vn.giamsat.application.common.NotFoundException missing -> HttpServletResponse.SC_NOT_FOUND;
            default -> 422;
        }).orElse(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /** An error page has a title too (WCAG 2.4.2, axe "document-title"), as every other page. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title") + " · " + getTranslation("app.title");
    }
}
