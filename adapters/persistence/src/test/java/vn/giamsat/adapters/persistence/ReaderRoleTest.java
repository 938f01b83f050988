package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.SupervisionRound;

/** The portal's login role: it reads what is published and the public catalogues, and changes nothing. */
class ReaderRoleTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcClient reader = JdbcClient.create(TestDatabase.readerDataSource());
    private PublishedVersion published;

    @BeforeEach
    void onePublishedRound() {
        TestDatabase.truncateAll();
        Fixtures f = new Fixtures(adapters).storeUnits();
        SupervisionRound round = f.reportedRound();
        adapters.rounds().save(round);
        published = Publication.of(round.id(), List.of())
                .publish(Fixtures.snapshotOf(round, f, List.of()), Instant.parse("2023-03-15T01:00:00Z"), "A", null);
        adapters.publications().append(published);
    }

    @Test
    void theReaderSeesPublishedVersionsThroughThePortalsPort() {
        assertThat(reader.sql("SELECT current_user").query(String.class).single()).isEqualTo("giamsat_portal");
        assertThat(new JdbcPublishedResults(reader).latestVersions()).containsExactly(published);
        assertThat(reader.sql("SELECT count(*) FROM administrative_unit").query(Long.class).single()).isEqualTo(4L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervision_round", "handling_figures", "finding", "recommendation", "delegation_member"})
    void theReaderCannotSeeDrafts(String table) {
        assertThatThrownBy(() -> reader.sql("SELECT count(*) FROM " + table).query(Long.class).single())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO published_version SELECT round_id, 2, published_at, 'X', 'r', snapshot FROM published_version",
            "UPDATE administrative_unit SET name = 'X'",
            "DELETE FROM unit_successor",
            "INSERT INTO procedure (code, name, field, authority_level, online_mode, postal_service_allowed)"
                    + " VALUES ('1', 'x', 'y', 'COMMUNE', 'NONE', false)",
            "UPDATE supervision_round SET subject = 'X'",
            "CREATE TABLE sneaky (id int)"})
    void theReaderCannotChangeAnything(String statement) throws java.sql.SQLException {
        // The login is read-only by default (the roles script); with that guard off, the missing grant still refuses.
        try (java.sql.Connection c = TestDatabase.readerDataSource().getConnection();
             java.sql.Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute(statement)).hasMessageContaining("read-only transaction");
            st.execute("SET default_transaction_read_only = off");
            try {
                assertThatThrownBy(() -> st.execute(statement)).hasMessageContaining("permission denied");
            } finally {
                st.execute("RESET default_transaction_read_only");
            }
        }
        assertThat(adapters.publications().load(published.round()).versions()).containsExactly(published);
    }
}
