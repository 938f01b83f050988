package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.round.RoundStatus;

/** The application's use cases over the real adapters: the seed's demo data goes in and reads back exactly. */
class DemoDataOnPostgresTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private UseCases useCases;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        useCases = useCasesOn(adapters);
    }

    private static UseCases useCasesOn(Adapters a) {
        return a.useCases();
    }

    @Test
    void theSeedLoadsOnceAndThePortalsRoleReadsThePublishedFiguresAsReported() {
        assertThat(useCases.loadDemoData().load()).isTrue();
        assertThat(useCases.loadDemoData().load()).isFalse();

        assertThat(useCases.roundQueries().listRounds()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RoundStatus.PUBLISHED));
        List<PublishedUnitFigures> written = useCases.publishedResults().publishedUnitFigures();
        assertThat(written).isNotEmpty();

        JdbcClient reader = JdbcClient.create(TestDatabase.readerDataSource());
        List<PublishedUnitFigures> read = new vn.giamsat.application.publication.service.PublishedResultsService(
                new JdbcPublishedResults(reader), new vn.giamsat.application.publication.service.CatalogUnitStatus(
                        new JdbcUnitCatalog(reader, new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                                TestDatabase.readerDataSource())))).publishedUnitFigures(); // units' present status too
        assertThat(read).isEqualTo(written);
        assertThat(written).filteredOn(p -> p.unit().name().equals("Tam Đàn")).first()
                .satisfies(p -> assertThat(p.figures().early()).isEqualTo(Count.notReported()));
    }
}
