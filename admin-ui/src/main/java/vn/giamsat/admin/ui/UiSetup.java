package vn.giamsat.admin.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.giamsat.admin.i18n.Languages;

/** Per session: the error handler; per UI: the language chosen in the session (Vietnamese by default). */
@Component
public class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Languages.chosen(e.getUI().getSession())));
    }
}
