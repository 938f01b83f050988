package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/** How an app that imports the adapter gets its database, in each mode the README documents. */
class PersistenceConfigurationTest {

    /** Not a @Configuration, so the adapter's component scan does not pick it up. */
    @EnableAutoConfiguration
    @Import(PersistenceConfiguration.class)
    static class App {}

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).properties(properties).run();
    }

    private static String currentUser(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT current_user").query(String.class)
                .single();
    }

    @Test
    void withoutAUrlAnEmbeddedDatabaseIsMigratedAndUsedInTheModeAsked(@TempDir Path dir) {
        String embeddedDir = "giamsat.embedded-db.dir=" + dir;
        AdministrativeUnit province = AdministrativeUnit.register(UnitCode.of("48"), "Đà Nẵng", UnitKind.CITY, null,
                Validity.since(LocalDate.of(1997, 1, 1)));
        // Read-only on a fresh database: migrated by the migration login, then used as the portal's role.
        try (var context = start(embeddedDir, "giamsat.database.read-only=true")) {
            assertThat(currentUser(context)).isEqualTo("giamsat_portal");
            assertThat(context.getBean(PublishedResultsPort.class).latestVersions()).isEmpty();
            assertThatThrownBy(() -> context.getBean(UnitCatalogPort.class).save(province))
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageFindingMatch("permission denied|read-only transaction");
        }
        // Writable, on the same directory: the first server was stopped with its context.
        try (var context = start(embeddedDir)) {
            assertThat(currentUser(context)).as("never the superuser, never the owner").isEqualTo("giamsat_app");
            context.getBean(TransactionPort.class).run("UnitCatalogService.register",
                    () -> context.getBean(UnitCatalogPort.class).save(province));
        }
        // The data stays in the directory: the portal's role reads the unit stored above.
        try (var context = start(embeddedDir, "giamsat.database.read-only=true")) {
            assertThat(context.getBean(UnitCatalogPort.class).find(province.id())).isPresent();
        }
    }

    @Test
    void anExternalDatabaseIsUsedWithTheGivenCredentialsAndMigratedOnlyWhenWritable() {
        TestDatabase.truncateAll();
        // Writable: Liquibase, as the migration login, finds the changelog already applied and changes nothing; the
        // app itself connects as its own role.
        try (var context = start("spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "spring.datasource.username=" + TestDatabase.appLogin(),
                PersistenceConfiguration.MIGRATION_USER + "=" + TestDatabase.migrationLogin())) {
            assertThat(currentUser(context)).isEqualTo("giamsat_app");
            assertThat(context.getBean(UnitCatalogPort.class).all()).isEmpty();
        }
        // Writable without a migration login: no migration (the app's role could not), the app still starts.
        try (var context = start("spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "spring.datasource.username=" + TestDatabase.appLogin())) {
            assertThat(currentUser(context)).isEqualTo("giamsat_app");
        }
        // Read-only: no migration is attempted (the reader could not even take Liquibase's lock).
        try (var context = start("spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "spring.datasource.username=" + TestDatabase.readerLogin(), "giamsat.database.read-only=true")) {
            assertThat(currentUser(context)).isEqualTo("giamsat_portal");
            assertThat(context.getBean(PublishedResultsPort.class).latestVersions()).isEqualTo(List.of());
        }
    }
}
