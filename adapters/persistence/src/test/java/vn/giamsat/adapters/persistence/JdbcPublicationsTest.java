package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.SupervisionRound;

class JdbcPublicationsTest {
    private static final Instant FIRST = Instant.parse("2023-03-15T01:00:00.654321Z");

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcPublications publications = adapters.publications();
    private Fixtures f;
    private SupervisionRound round;
    private RoundSnapshot snapshot;

    @BeforeEach
    void publishableRound() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
        round = f.reportedRound();
        adapters.rounds().save(round);
        HandlingFigures tamDan = HandlingFigures.builder(f.tamDan.id(),
                        Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30)), FiguresSource.SELF_REPORTED)
                .received(5398).withdrawn(Count.of(0)).reportedOnTimeRate(ReportedRate.percent("78"))
                .sourceNote("Báo cáo của UBND xã").build();
        snapshot = Fixtures.snapshotOf(round, f, List.of(RoundSnapshot.FiguresEntry.of(tamDan)));
    }

    @Test
    void aPublishedSnapshotReadsBackEqualToWhatWasPublished() {
        PublishedVersion v1 = Publication.of(round.id(), List.of()).publish(snapshot, FIRST, "Nguyễn Văn A", null);
        publications.append(v1);

        Publication loaded = publications.load(round.id());
        assertThat(loaded.versions()).containsExactly(v1);
        RoundSnapshot back = loaded.latest().orElseThrow().snapshot();
        assertThat(back).isEqualTo(snapshot);
        assertThat(back.figures().getFirst().carriedOver()).isEqualTo(Count.notReported()); // not 0
        assertThat(back.figures().getFirst().withdrawn()).isEqualTo(Count.of(0));
        assertThat(back.figures().getFirst().reportedOnTimeRate()).isEqualTo(new BigDecimal("78"));
        // The domain refuses to republish an unchanged snapshot: that needs the stored copy to compare equal.
        assertThatThrownBy(() -> loaded.publish(snapshot, FIRST.plusSeconds(60), "Nguyễn Văn A", "Đính chính"))
                .hasMessageContaining("Nothing changed");
    }

    @Test
    void aCorrectionIsANewVersionAndTheFirstStaysReadable() {
        Publication publication = Publication.of(round.id(), List.of());
        PublishedVersion v1 = publication.publish(snapshot, FIRST, "Nguyễn Văn A", null);
        publications.append(v1);
        RoundSnapshot corrected = Fixtures.snapshotOf(round, f, List.of());
        PublishedVersion v2 = publications.load(round.id())
                .publish(corrected, FIRST.plusSeconds(3600), "Nguyễn Văn A", "Bỏ số liệu chưa được xác minh");
        publications.append(v2);

        Publication loaded = publications.load(round.id());
        assertThat(loaded.versions()).containsExactly(v1, v2);
        assertThat(loaded.version(1).orElseThrow().snapshot().figures()).hasSize(1);
        assertThat(adapters.publishedResults().latestVersions()).containsExactly(v2);
    }

    @Test
    void aVersionNumberAlreadyTakenIsRefusedAsStale() {
        PublishedVersion mine = Publication.of(round.id(), List.of()).publish(snapshot, FIRST, "Nguyễn Văn A", null);
        PublishedVersion theirs = Publication.of(round.id(), List.of())
                .publish(Fixtures.snapshotOf(round, f, List.of()), FIRST, "Trần Thị B", null);
        publications.append(theirs);

        assertThatThrownBy(() -> publications.append(mine)).isInstanceOf(StaleDataException.class);
        assertThat(publications.load(round.id()).versions()).containsExactly(theirs);
    }

    @Test
    void aPublishedVersionCannotBeChangedOrDeletedEvenBySql() {
        publications.append(Publication.of(round.id(), List.of()).publish(snapshot, FIRST, "Nguyễn Văn A", null));

        assertThatThrownBy(() -> adapters.jdbc().sql("UPDATE published_version SET published_by = 'X'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> adapters.jdbc().sql("DELETE FROM published_version").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThat(publications.load(round.id()).latest().orElseThrow().publishedBy()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void thePortalSeesTheNewestVersionOfEachRoundNewestFirst() {
        SupervisionRound other = SupervisionRound.establish(f.phuNinh.id(), round.resolution(), "Khác", round.period());
        adapters.rounds().save(other);
        PublishedVersion early = Publication.of(round.id(), List.of()).publish(snapshot, FIRST, "A", null);
        PublishedVersion late = Publication.of(other.id(), List.of())
                .publish(Fixtures.snapshotOf(round, f, List.of()), FIRST.plusSeconds(10), "B", null);
        publications.append(early);
        publications.append(late);

        assertThat(adapters.publishedResults().latestVersions()).containsExactly(late, early);
    }
}
