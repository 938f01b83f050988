package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.publication.RoundSnapshot;

/**
 * Published versions are stored forever: a snapshot stored while its counts were nullable numbers must read as
 * {@link Count}s (null is "not reported", never 0) and be written back byte for byte the same.
 */
class SnapshotJsonTest {
    /** Written by the snapshot of before {@code Count} (commit 071b315), with Jackson defaults, as stored. */
    static final String STORED =
            "{\"roundId\":\"8b0e5a52-1111-4000-8000-000000000021\",\"resolutionNumber\":\"21/NQ-HĐND\","
            + "\"resolutionDate\":\"2022-12-20\",\"issuingCouncil\":\"Hội đồng nhân dân huyện Phú Ninh\","
            + "\"councilName\":\"Hội đồng nhân dân huyện Phú Ninh\",\"subject\":\"Giám sát\",\"periodFrom\":\"2021-01-01\","
            + "\"periodTo\":\"2022-12-30\",\"approvedBy\":\"Nguyễn Văn A\",\"approvedAt\":\"2023-05-10T02:30:00Z\","
            + "\"delegation\":[{\"fullName\":\"Nguyễn Văn A\",\"position\":\"Phó Chủ tịch\",\"role\":\"HEAD\"}],"
            + "\"units\":[{\"unitId\":\"2c9d6a3e-0000-4000-8000-000000020374\",\"code\":\"20374\",\"name\":\"Tam Đàn\","
            + "\"kind\":\"COMMUNE\",\"validFrom\":\"2005-01-01\",\"validTo\":\"2025-06-30\","
            + "\"successorNames\":[\"Xã Chiên Đàn\"]}],\"findings\":[{\"unitId\":\"2c9d6a3e-0000-4000-8000-000000020374\","
            + "\"kind\":\"STRENGTH\",\"text\":\"Tốt.\"}],\"recommendations\":[{\"id\":\"r-1\","
            + "\"unitId\":\"2c9d6a3e-0000-4000-8000-000000020374\",\"addressee\":\"UBND xã\",\"text\":\"Làm tốt hơn.\","
            + "\"dueDate\":null,\"status\":\"NOT_STARTED\"}],\"figures\":[{\"unitId\":\"2c9d6a3e-0000-4000-8000-000000020374\","
            + "\"periodFrom\":\"2021-01-01\",\"periodTo\":\"2022-12-30\",\"procedureCode\":null,\"channel\":null,"
            + "\"source\":\"SELF_REPORTED\",\"received\":5380,\"carriedOver\":null,\"receivedOnline\":106,"
            + "\"receivedPostal\":null,\"resolved\":null,\"early\":null,\"onTime\":null,\"withinDeadline\":5300,\"late\":0,"
            + "\"inProgressWithinDeadline\":null,\"inProgressOverdue\":null,\"withdrawn\":null,\"reportedOnTimeRate\":78,"
            + "\"statement\":\"Đạt 78%.\",\"sourceNote\":\"Báo cáo giám sát\"}]}";

    @Test
    void aStoredSnapshotReadsAsCountsNotReportedIsNotZero() {
        RoundSnapshot.FiguresEntry f = SnapshotJson.read(STORED).figures().getFirst();
        assertThat(f.received()).isEqualTo(Count.of(5380));
        assertThat(f.late()).isEqualTo(Count.of(0)); // a reported zero stays a zero
        assertThat(f.carriedOver()).isEqualTo(Count.notReported());
        assertThat(f.early()).isEqualTo(Count.notReported());
        assertThat(f.withdrawn().isReported()).isFalse();
        // totals are the domain's, from the same counts
        assertThat(f.toFigures().withinDeadlineTotal()).isEqualTo(Count.of(5300));
        assertThat(f.toFigures().resolvedTotal()).isEqualTo(Count.of(5300));
        assertThat(f.toFigures().inProgressTotal()).isEqualTo(Count.notReported());
    }

    @Test
    void itIsWrittenBackExactlyAsStored() {
        assertThat(SnapshotJson.write(SnapshotJson.read(STORED))).isEqualTo(STORED);
    }

    @Test
    void aCountMissingFromAnOlderSnapshotIsNotReported() {
        String withoutWithdrawn = STORED.replace(",\"withdrawn\":null", "").replace("\"late\":0,", "");
        assertThat(withoutWithdrawn).isNotEqualTo(STORED);
        RoundSnapshot.FiguresEntry f = SnapshotJson.read(withoutWithdrawn).figures().getFirst();
        assertThat(f.withdrawn()).isEqualTo(Count.notReported());
        assertThat(f.late()).isEqualTo(Count.notReported());
        assertThat(f.received()).isEqualTo(Count.of(5380));
    }

    /** Decision 052: a snapshot stored before has no results digitized (not reported); a new one keeps them. */
    @Test
    void resultsDigitizedAreAbsentFromOlderSnapshotsAndKeptInNewOnes() {
        RoundSnapshot old = SnapshotJson.read(STORED);
        assertThat(old.figures().getFirst().resultsDigitized()).isEqualTo(Count.notReported());
        assertThat(vn.giamsat.domain.index.IndexInputs.fromFigures(old.figures().getFirst().toFigures())
                .get(vn.giamsat.domain.index.IndexInput.RESULTS_ELECTRONIC).isReported()).isFalse();

        String json = STORED.replace("\"sourceNote\":\"Báo cáo giám sát\"}",
                "\"sourceNote\":\"Báo cáo giám sát\",\"resultsDigitized\":3712}");
        assertThat(json).isNotEqualTo(STORED);
        RoundSnapshot.FiguresEntry f = SnapshotJson.read(json).figures().getFirst();
        assertThat(f.resultsDigitized()).isEqualTo(Count.of(3712));
        assertThat(f.toFigures().resultsDigitized()).isEqualTo(Count.of(3712));
        assertThat(SnapshotJson.write(SnapshotJson.read(json))).isEqualTo(json);
        assertThat(SnapshotJson.readFigures(SnapshotJson.writeFigures(f))).isEqualTo(f);
    }

    /** Decision 025: the legal basis and the sample-data mark are kept; an older snapshot has neither. */
    @Test
    void theLegalBasisAndTheSampleDataMarkAreKeptAndAnOlderSnapshotHasNeither() {
        RoundSnapshot old = SnapshotJson.read(STORED);
        assertThat(old.legalBasis()).isNull();
        assertThat(old.shownAsSampleData()).isFalse();

        String marked = STORED.substring(0, STORED.length() - 1)
                + ",\"legalBasis\":\"Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13\","
                + "\"sampleData\":true}";
        RoundSnapshot read = SnapshotJson.read(marked);
        assertThat(read.legalBasis()).endsWith("87/2015/QH13");
        assertThat(read.shownAsSampleData()).isTrue();
        assertThat(SnapshotJson.write(read)).isEqualTo(marked);
    }
}
