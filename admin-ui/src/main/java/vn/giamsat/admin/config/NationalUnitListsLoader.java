package vn.giamsat.admin.config;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.giamsat.admin.security.SystemAuthentication;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase.NationalLoadOutcome;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase.NationalUnitLists;

/**
 * Loads the national unit lists of {@code data/units/} at start when {@code giamsat.national-unit-lists} names that
 * folder (the local run does, decision 031), after the demo data. A refused file is logged with its problems; the
 * app still starts with the catalogue it has.
 */
@Component
@ConditionalOnProperty(name = "giamsat.national-unit-lists")
@Order(10)
public class NationalUnitListsLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(NationalUnitListsLoader.class);

    private final LoadNationalUnitListsUseCase load;
    private final Path dir;

    public NationalUnitListsLoader(LoadNationalUnitListsUseCase load, @Value("${giamsat.national-unit-lists}") Path dir) {
        this.load = load;
        this.dir = dir;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        long start = System.nanoTime();
        NationalLoadOutcome o;
        try {
            o = load.load(NationalUnitLists.from(dir));
        } finally {
            SecurityContextHolder.clearContext();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (o.alreadyLoaded()) {
            log.info("National unit lists already loaded; nothing done.");
        } else if (o.problems().isEmpty()) {
            log.info("National unit lists loaded from {} in {} ms: {} units created, {} ended.", dir, ms, o.created(), o.ended());
        } else {
            log.error("National unit lists refused ({}): {} problems, first: {}", o.step(), o.problems().size(),
                    o.problems().stream().limit(10).map(p -> p.line() + ": " + p.reason().english()).toList());
        }
    }
}
