package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.SupervisionRound;

/** The follow-up record is append-only for the application: it adds and reads, and cannot change or remove. */
class JdbcProgressRecordTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcProgressRecord record = new JdbcProgressRecord(adapters.jdbc());
    private SupervisionRound round;
    private UUID recommendation;

    @BeforeEach
    void storedRound() {
        TestDatabase.truncateAll();
        round = new Fixtures(adapters).storeUnits().reportedRound();
        adapters.rounds().save(round);
        recommendation = round.recommendations().get(1).id();
    }

    @Test
    void reportsAndAcceptancesAreAddedAndReadBackInOrderAndSurviveTheRoundsSave() {
        ProgressEntry report = new ProgressEntry(UUID.randomUUID(), round.id(), recommendation,
                ProgressEntry.Kind.REPORTED, Optional.empty(), FollowUpStatus.IN_PROGRESS,
                Optional.of("Đã bố trí một phần kinh phí"), Optional.empty(), Optional.empty(), Instant.parse("2023-07-01T01:00:00Z"),
                new Contributor("canbo.tamdan", "Phạm Thị C"));
        ProgressEntry accepted = new ProgressEntry(UUID.randomUUID(), round.id(), recommendation,
                ProgressEntry.Kind.ACCEPTED, Optional.of(report.id()), FollowUpStatus.IN_PROGRESS, report.text(),
                Optional.empty(), Optional.empty(), Instant.parse("2023-07-02T01:00:00Z"), new Contributor("vanphong", "Lê Thị Hoa"));
        record.append(report);
        record.append(accepted);
        adapters.rounds().save(adapters.rounds().load(round.id()).orElseThrow()); // rewrites the recommendations

        assertThat(record.entriesOf(round.id(), recommendation)).containsExactly(report, accepted);
        assertThat(record.entry(report.id())).contains(report);
    }

    @Test
    void theApplicationsRoleCannotChangeOrRemoveAnEntryNorCanTheSuperuser() {
        ProgressEntry report = new ProgressEntry(UUID.randomUUID(), round.id(), recommendation,
                ProgressEntry.Kind.REPORTED, Optional.empty(), FollowUpStatus.DONE, Optional.of("Xong"),
                Optional.empty(), Optional.empty(), Instant.parse("2023-07-01T01:00:00Z"), new Contributor("canbo.tamdan", null));
        record.append(report);
        JdbcClient app = JdbcClient.create(TestDatabase.appDataSource());

        assertThatThrownBy(() -> app.sql("UPDATE recommendation_progress SET status = 'VERIFIED'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.sql("DELETE FROM recommendation_progress").update())
                .rootCause().hasMessageContaining("permission denied");
        JdbcClient owner = JdbcClient.create(TestDatabase.superuserDataSource()); // bypasses every grant
        assertThatThrownBy(() -> owner.sql("UPDATE recommendation_progress SET status = 'VERIFIED'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM recommendation_progress").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(record.entry(report.id())).contains(report);
    }
}
