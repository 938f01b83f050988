package vn.giamsat.adapters.persistence.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Stops an app at the very start, before any database or web server, when {@link ProductionSettings} refuses
 * its settings; the reason is one log line at ERROR. Registered in META-INF/spring.factories, so both apps (and
 * the migration run) get it without wiring; it runs after Boot has read application.properties and the
 * environment.
 */
public final class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final Logger log = LoggerFactory.getLogger(ProductionGuard.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ProductionSettings.refusal(event.getEnvironment()::getProperty).ifPresent(reason -> {
            log.error(reason);
            throw new SettingsRefused(reason);
        });
    }

    /** The app's settings are not fit for the mode it was asked to run in. */
    public static final class SettingsRefused extends IllegalStateException {
        SettingsRefused(String reason) {
            super(reason);
        }
    }
}
