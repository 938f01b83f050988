package vn.giamsat.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.domain.common.DomainRuleViolation;

/**
 * Turns any error in a UI event into a short notification. A refused rule shows its reason; anything else
 * shows a generic message and is logged for the operator. Users never see a stack trace.
 */
public class UiErrorHandler implements ErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Languages.VIETNAMESE : ui.getLocale();
        String message = violationIn(error)
                .map(v -> Languages.isEnglish(locale) ? v.reason().english() : v.reason().vietnamese())
                .orElseGet(() -> {
                    log.error("Unexpected error in the admin UI", error);
                    return ui == null ? "" : ui.getTranslation("error.generic");
                });
        if (ui != null) {
            show(message);
        }
    }

    static Optional<DomainRuleViolation> violationIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainRuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    private static void show(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.open();
    }
}
