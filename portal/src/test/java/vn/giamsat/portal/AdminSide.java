package vn.giamsat.portal;

import java.util.function.BiConsumer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import vn.giamsat.adapters.persistence.PersistenceConfiguration;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.PublicationPort;
import vn.giamsat.application.port.out.PublishedResultsPort;
import vn.giamsat.application.port.out.SaveRoundPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.Actor;

/**
 * What the admin app does to the shared test database, so that portal tests read what staff published: the
 * real use cases over the real adapters, as the database superuser and as the system actor.
 */
public final class AdminSide {
    private AdminSide() {}

    /** Not a @Configuration, so no component scan picks it up. */
    @EnableAutoConfiguration
    @Import(PersistenceConfiguration.class)
    static class Writer {}

    /** Runs the work with the use cases and the adapters' beans, then closes the writer's context. */
    public static void run(BiConsumer<UseCases, BeanFactory> work) {
        run(TestDatabase.jdbcUrl(), work);
    }

    /** The same on another database (given by its URL, entered as the superuser). */
    public static void run(String jdbcUrl, BiConsumer<UseCases, BeanFactory> work) {
        try (ConfigurableApplicationContext writer = new SpringApplicationBuilder(Writer.class)
                .web(WebApplicationType.NONE)
                // Arguments, not default properties: application.properties sets the datasource from
                // GIAMSAT_DB_URL/GIAMSAT_DB_USER (empty here) and would override defaults.
                .run("--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + TestDatabase.superuser())) {
            UseCases useCases = new UseCases(writer.getBean(UnitCatalogPort.class),
                    writer.getBean(ProcedureCatalogPort.class), writer.getBean(FiguresPort.class),
                    writer.getBean(LoadRoundPort.class), writer.getBean(SaveRoundPort.class),
                    writer.getBean(PublicationPort.class), writer.getBean(PublishedResultsPort.class),
                    writer.getBean(ClockPort.class), writer.getBean(TransactionPort.class), Actor::theSystem);
            work.accept(useCases, writer);
        }
    }
}
