package vn.giamsat.admin.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.admin.security.SystemAuthentication;
import vn.giamsat.application.demo.LoadDemoDataUseCase;

/** Loads the seed's supervision round at start when {@code giamsat.demo-data=true} (local runs, demos). */
@Component
@ConditionalOnProperty(name = "giamsat.demo-data", havingValue = "true")
@org.springframework.core.annotation.Order(0) // before NationalUnitListsLoader, which reconciles with these units
public class DemoDataLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final LoadDemoDataUseCase loadDemoData;

    public DemoDataLoader(LoadDemoDataUseCase loadDemoData) {
        this.loadDemoData = loadDemoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The load runs as the system itself: no user is signed in at start, and every use case checks the actor.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        boolean loaded;
        try {
            loaded = loadDemoData.load();
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info(loaded ? "Demo data loaded." : "Demo data already present; nothing loaded.");
    }
}
