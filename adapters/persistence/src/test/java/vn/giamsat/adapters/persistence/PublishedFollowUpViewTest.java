package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.portal.JdbcPublishedFollowUp;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.publication.model.AcceptedFollowUp;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * The portal's role reads the accepted follow-up of published rounds through the view {@code published_follow_up}
 * (change set 821), and nothing else of the record: not a report still waiting, not a returned one, not a round
 * that was never published, not the table itself.
 */
class PublishedFollowUpViewTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcProgressRecord record = new JdbcProgressRecord(adapters.jdbc());
    private final JdbcClient reader = JdbcClient.create(TestDatabase.readerDataSource());
    private Fixtures fixtures;
    private SupervisionRound round;
    private UUID recommendation;

    @BeforeEach
    void aReportedRound() {
        TestDatabase.truncateAll();
        fixtures = new Fixtures(adapters).storeUnits();
        round = fixtures.reportedRound();
        adapters.rounds().save(round);
        recommendation = round.recommendations().get(1).id();
    }

    private ProgressEntry report(FollowUpStatus status, String text, String at) {
        ProgressEntry e = new ProgressEntry(UUID.randomUUID(), round.id(), recommendation, ProgressEntry.Kind.REPORTED,
                Optional.empty(), status, Optional.of(text), Optional.empty(),
                Optional.of("https://phuninh.quangnam.gov.vn/bao-cao/12"), Instant.parse(at),
                new Contributor("canbo.tamdan", "Phạm Thị C"));
        record.append(e);
        return e;
    }

    private void answer(ProgressEntry report, ProgressEntry.Kind kind, String at) {
        record.append(new ProgressEntry(UUID.randomUUID(), round.id(), recommendation, kind, Optional.of(report.id()),
                report.status(), kind == ProgressEntry.Kind.RETURNED ? Optional.of("Thiếu minh chứng") : report.text(),
                Optional.empty(), report.evidenceLink(), Instant.parse(at), new Contributor("vanphong", "Lê Thị Hoa")));
    }

    @Test
    void theReaderSeesOnlyAcceptedStepsOfAPublishedRound() {
        ProgressEntry accepted = report(FollowUpStatus.IN_PROGRESS, "Đã bố trí kinh phí", "2023-07-01T01:00:00Z");
        answer(accepted, ProgressEntry.Kind.ACCEPTED, "2023-07-03T02:00:00Z");
        ProgressEntry returned = report(FollowUpStatus.DONE, "Đã xong", "2023-08-01T01:00:00Z");
        answer(returned, ProgressEntry.Kind.RETURNED, "2023-08-02T01:00:00Z");
        report(FollowUpStatus.DONE, "Đã xong, có biên bản", "2023-08-05T01:00:00Z"); // waiting

        assertThat(new JdbcPublishedFollowUp(reader).accepted()).as("not published yet").isEmpty();

        adapters.publications().append(Publication.of(round.id(), List.of()).publish(
                Fixtures.snapshotOf(round, fixtures, List.of()), Instant.parse("2023-03-15T01:00:00Z"), "A", null));

        assertThat(new JdbcPublishedFollowUp(reader).accepted()).containsExactly(new AcceptedFollowUp(round.id(),
                recommendation, FollowUpStatus.IN_PROGRESS, Optional.of("Đã bố trí kinh phí"),
                Optional.of("https://phuninh.quangnam.gov.vn/bao-cao/12"), Instant.parse("2023-07-01T01:00:00Z"),
                Instant.parse("2023-07-03T02:00:00Z")));
        assertThatThrownBy(() -> reader.sql("SELECT count(*) FROM recommendation_progress").query(Long.class).single())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aReturnWithoutReasonAndALinkThatIsNotAnAddressAreRefusedByTheTable() {
        ProgressEntry r = report(FollowUpStatus.IN_PROGRESS, "Đang làm", "2023-07-01T01:00:00Z");
        JdbcClient app = adapters.jdbc();
        assertThatThrownBy(() -> app.sql("INSERT INTO recommendation_progress (id, round_id, recommendation_id, kind,"
                        + " report_id, status, recorded_at, recorded_by, recorded_by_name) VALUES (?, ?, ?, 'RETURNED', ?,"
                        + " 'IN_PROGRESS', now(), 'vanphong', 'Lê Thị Hoa')")
                .params(UUID.randomUUID(), round.id().value(), recommendation, r.id()).update())
                .rootCause().hasMessageContaining("recommendation_progress_return_reason");
        assertThatThrownBy(() -> app.sql("INSERT INTO recommendation_progress (id, round_id, recommendation_id, kind,"
                        + " status, recorded_at, recorded_by, recorded_by_name, evidence_link) VALUES (?, ?, ?, 'REPORTED',"
                        + " 'IN_PROGRESS', now(), 'canbo', 'C', 'javascript:alert(1)')")
                .params(UUID.randomUUID(), round.id().value(), recommendation).update())
                .rootCause().hasMessageContaining("evidence_link");
    }
}
