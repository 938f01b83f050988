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
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ProposeCorrectionCommand;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ReviewCorrectionCommand;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitCode;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

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

    private static final AtomicReference<Actor> ACTING = new AtomicReference<>(Actor.theSystem());
    static final Actor STAFF = Actor.user("vanphong", "Lê Thị Hoa", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518")));
    static final Actor OTHER_STAFF = Actor.user("vanphong2", "Ngô Văn Nam", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("518")));

    /**
     * Corrects frozen figures of a round of Phú Ninh district (518) as the council office does (issue 14.3): one staff
     * member proposes the correction with its reason, another approves it; then the system acts again.
     */
    public static void correct(UseCases u, RoundId round, HandlingFigures corrected, String reason) {
        try {
            ACTING.set(STAFF);
            UUID id = u.figuresCorrections().propose(new ProposeCorrectionCommand(round, corrected, reason));
            ACTING.set(OTHER_STAFF);
            u.figuresCorrections().approve(new ReviewCorrectionCommand(round, id));
        } finally {
            ACTING.set(Actor.theSystem());
        }
    }

    /**
     * The follow-up use case as the admin UI wires it (decision 042), on the writer's beans; it acts as whoever
     * {@link #actingAs} names.
     */
    public static vn.giamsat.application.round.port.in.FollowUpProgressUseCase followUp(BeanFactory writer) {
        return new vn.giamsat.application.round.service.FollowUpProgressService(writer.getBean(LoadRoundPort.class),
                writer.getBean(SaveRoundPort.class), new vn.giamsat.adapters.persistence.JdbcProgressRecord(
                        writer.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)),
                writer.getBean(ClockPort.class), writer.getBean(TransactionPort.class),
                new vn.giamsat.application.security.AccessPolicy(ACTING::get, writer.getBean(UnitCatalogPort.class)));
    }

    /** Runs the work as the given user, then as the system again. */
    public static <T> T actingAs(Actor actor, java.util.function.Supplier<T> work) {
        try {
            ACTING.set(actor);
            return work.get();
        } finally {
            ACTING.set(Actor.theSystem());
        }
    }

    /** Runs the work with the use cases and the adapters' beans, then closes the writer's context. */
    public static void run(BiConsumer<UseCases, BeanFactory> work) {
        run(TestDatabase.jdbcUrl(), work);
    }

    /** The same on another database of a server made by EmbeddedDatabase (given by its URL). */
    public static void run(String jdbcUrl, BiConsumer<UseCases, BeanFactory> work) {
        try (ConfigurableApplicationContext writer = new SpringApplicationBuilder(Writer.class)
                .web(WebApplicationType.NONE)
                // Arguments, not default properties: application.properties sets the datasource from
                // GIAMSAT_DB_URL/GIAMSAT_DB_USER (empty here) and would override defaults.
                // The admin UI's own role; Liquibase (nothing left to apply) as the migration login (decision 021).
                .run("--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + TestDatabase.appLogin(),
                        "--giamsat.migration.user=" + TestDatabase.migrationLogin())) {
            UseCases useCases = new UseCases(OutboundPorts.builder()
                    .units(writer.getBean(UnitCatalogPort.class)).procedures(writer.getBean(ProcedureCatalogPort.class))
                    .figures(writer.getBean(FiguresPort.class)).loadRound(writer.getBean(LoadRoundPort.class))
                    .saveRound(writer.getBean(SaveRoundPort.class)).publications(writer.getBean(PublicationPort.class))
                    .publishedResults(writer.getBean(PublishedResultsPort.class)).clock(writer.getBean(ClockPort.class))
                    .figuresCorrections(writer.getBean(FiguresCorrectionPort.class))
                    .transactions(writer.getBean(TransactionPort.class)).actors(ACTING::get).build());
            work.accept(useCases, writer);
        }
    }
}
