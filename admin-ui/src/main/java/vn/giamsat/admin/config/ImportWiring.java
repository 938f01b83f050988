package vn.giamsat.admin.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.adapters.persistence.imports.JdbcComputedFigures;
import vn.giamsat.adapters.persistence.imports.JdbcDossierOutcomes;
import vn.giamsat.adapters.persistence.imports.JdbcWorkingCalendar;
import vn.giamsat.application.imports.port.out.DossierImportPort;
import vn.giamsat.admin.imports.ImportThreads;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.imports.ImportUseCases;
import vn.giamsat.application.imports.port.in.ComputedFiguresQueries;
import vn.giamsat.application.imports.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.imports.port.in.ImportDossiersUseCase;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;

/** The dossier-import use cases (issue 7) and the threads imports run on. */
@Configuration(proxyBeanMethods = false)
public class ImportWiring {

    /** The port, not the adapter class: the bean is the measured import (OperationsWiring) around the adapter. */
    @Bean
    ImportUseCases importUseCases(DossierImportPort imports, JdbcWorkingCalendar calendar, JdbcDossierOutcomes outcomes,
                                  JdbcComputedFigures computed, FiguresPort figures, TransactionPort transactions,
                                  ClockPort clock, CurrentActorPort actors, UnitCatalogPort units) {
        return new ImportUseCases(imports, calendar, outcomes, computed, figures, units, transactions, clock,
                new AccessPolicy(actors, units));
    }

    @Bean ImportDossiersUseCase importDossiers(ImportUseCases u) { return u.importDossiers(); }
    @Bean ComputedFiguresQueries computedFigures(ImportUseCases u) { return u.computedFigures(); }

    @Bean HolidayCalendarUseCase holidayCalendar(ImportUseCases u) { return u.holidayCalendar(); }

    /** Today by the clock port, for views (which may not reach out-ports), e.g. the calendar's default year. */
    @Bean Today today(ClockPort clock) { return clock::today; }

    /**
     * Two imports at a time (more would only compete for the same cores and disk); the others wait their turn.
     * Not an Executor bean, so Spring Boot's own task executor stays as it is.
     */
    @Bean(destroyMethod = "close")
    PooledImportThreads importThreads() {
        return new PooledImportThreads(Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("dossier-import-", 1).daemon().factory()));
    }

    static final class PooledImportThreads implements ImportThreads, AutoCloseable {
        private final ExecutorService pool;

        PooledImportThreads(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void start(Runnable task) {
            // The task runs as the user who started it: the use case checks that user's role.
            pool.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
