package vn.giamsat.admin.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.giamsat.application.port.in.LoadDemoDataUseCase;

/** Loads the seed's supervision round at start when {@code giamsat.demo-data=true} (local runs, demos). */
@Component
@ConditionalOnProperty(name = "giamsat.demo-data", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final LoadDemoDataUseCase loadDemoData;

    public DemoDataLoader(LoadDemoDataUseCase loadDemoData) {
        this.loadDemoData = loadDemoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = loadDemoData.load();
        log.info(loaded ? "Demo data loaded." : "Demo data already present; nothing loaded.");
    }
}
