package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.round.port.out.RecommendationEvidencePort.Tally;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.EvidenceFile;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.SupervisionRound;

class JdbcRecommendationEvidenceTest {
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2023-06-01T03:04:05.678901Z");
    static final Contributor OFFICER = new Contributor("canbo.tamdan", "Phạm Thị C");

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcRecommendationEvidence store = new JdbcRecommendationEvidence(adapters.jdbc());
    private SupervisionRound round;
    private UUID toTamDan;
    private UUID overall;

    @BeforeEach
    void storedReportedRound() {
        TestDatabase.truncateAll();
        round = new Fixtures(adapters).storeUnits().reportedRound();
        adapters.rounds().save(round);
        toTamDan = round.recommendations().get(0).id();
        overall = round.recommendations().get(1).id();
    }

    private Evidence stored(UUID recommendation, String name, byte[] content, Instant at) {
        Evidence e = Evidence.of(round.id(), recommendation, EvidenceFile.of(name, content), OFFICER, at);
        store.add(e, content);
        return e;
    }

    @Test
    void aFileComesBackByteForByteWithWhoAndWhenAndListsInUploadOrder() {
        Evidence later = stored(toTamDan, "Báo cáo 45.pdf", PDF, Instant.parse("2023-06-21T01:00:00.123456Z"));
        Evidence first = stored(toTamDan, "Ảnh bảng niêm yết.pdf", PDF, Instant.parse("2023-06-20T01:00:00Z"));
        stored(overall, "khác.pdf", PDF, Instant.parse("2023-06-20T01:00:00Z"));

        assertThat(store.evidenceOf(round.id(), toTamDan)).containsExactly(first, later);
        assertThat(store.evidence(later.id())).contains(later);
        assertThat(store.content(later.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(PDF));
        assertThat(store.evidence(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTenMegabyteFileIsStoredWhole() {
        byte[] big = Arrays.copyOf(PDF, EvidenceFile.MAX_BYTES);
        big[big.length - 1] = 42;
        Evidence e = stored(toTamDan, "quet.pdf", big, NOW);

        assertThat(store.content(e.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(big));
        assertThat(store.evidence(e.id()).orElseThrow().size()).isEqualTo(EvidenceFile.MAX_BYTES);
    }

    @Test
    void filesAndCommentsSurviveEveryLaterSaveOfTheRound() {
        Evidence e = stored(toTamDan, "a.pdf", PDF, NOW);
        store.add(Comment.of(round.id(), toTamDan, "Đã gửi báo cáo.", OFFICER, NOW));

        SupervisionRound loaded = adapters.rounds().load(round.id()).orElseThrow();
        loaded.recordFollowUp(overall, new FollowUp(java.time.LocalDate.of(2023, 7, 1), FollowUpStatus.IN_PROGRESS,
                "Đã bố trí một phần kinh phí", null));
        adapters.rounds().save(loaded); // rewrites the round's recommendations

        assertThat(store.evidenceOf(round.id(), toTamDan)).containsExactly(e);
        assertThat(store.commentsOf(round.id(), toTamDan)).hasSize(1);
    }

    @Test
    void commentsAndCountsPerRecommendation() {
        stored(toTamDan, "a.pdf", PDF, NOW);
        stored(toTamDan, "b.pdf", PDF, NOW);
        Comment c1 = Comment.of(round.id(), overall, "Huyện đã bố trí kinh phí.", OFFICER,
                Instant.parse("2023-07-01T00:00:00Z"));
        Comment c2 = Comment.of(round.id(), overall, "Đề nghị gửi quyết định.", new Contributor("vanphong", "Lê Thị Hoa"),
                Instant.parse("2023-07-02T00:00:00Z"));
        store.add(c2);
        store.add(c1);

        assertThat(store.commentsOf(round.id(), overall)).containsExactly(c1, c2);
        assertThat(store.countsOf(round.id())).containsOnly(
                java.util.Map.entry(toTamDan, new Tally(2, 0)), java.util.Map.entry(overall, new Tally(0, 2)));
    }

    @Test
    void deletingAFileRemovesItsContentAndDeletingTheRoundRemovesEverything() {
        Evidence a = stored(toTamDan, "a.pdf", PDF, NOW);
        Evidence b = stored(toTamDan, "b.pdf", PDF, NOW);
        store.add(Comment.of(round.id(), toTamDan, "x", OFFICER, NOW));

        store.delete(a.id());
        assertThat(store.content(a.id())).isEmpty();
        assertThat(store.evidenceOf(round.id(), toTamDan)).containsExactly(b);

        adapters.jdbc().sql("DELETE FROM supervision_round WHERE id = ?").param(round.id().value()).update();
        assertThat(store.countsOf(round.id())).isEmpty();
    }

    @Test
    void theDatabaseRefusesASizeThatDoesNotMatchTheContent() {
        Evidence lying = new Evidence(UUID.randomUUID(), round.id(), toTamDan, "a.pdf", EvidenceType.PDF, 3, OFFICER,
                NOW);
        assertThatThrownBy(() -> store.add(lying, PDF)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
