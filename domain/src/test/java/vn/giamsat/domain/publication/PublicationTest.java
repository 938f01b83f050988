package vn.giamsat.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.RoundId;

class PublicationTest {
    final RoundId round = RoundId.random();
    final Instant t1 = Instant.parse("2023-04-01T00:00:00Z");
    final Instant t2 = Instant.parse("2023-05-01T00:00:00Z");

    RoundSnapshot snapshot(String findingText) {
        return new RoundSnapshot(round.toString(), "21/NQ-HĐND", LocalDate.of(2022, 12, 20), "HĐND huyện Phú Ninh",
                "Huyện Phú Ninh", "Giám sát", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30), "Phan Thanh Thám",
                t1, List.of(), List.of(), List.of(new RoundSnapshot.FindingEntry(null, FindingKind.STRENGTH, findingText)),
                List.of(), List.of());
    }

    @Test
    void theFirstPublicationIsVersionOneWithoutAReason() {
        Publication p = Publication.of(round, List.of());
        PublishedVersion v = p.publish(snapshot("a"), t1, "Văn phòng HĐND", "ignored");
        assertThat(v.number()).isEqualTo(1);
        assertThat(v.correctionReason()).isNull();
        assertThat(v.isCorrection()).isFalse();
    }

    @Test
    void aCorrectionNeedsAReasonAndKeepsEarlierVersions() {
        Publication p = Publication.of(round, List.of());
        p.publish(snapshot("a"), t1, "Văn phòng HĐND", null);
        assertThatThrownBy(() -> p.publish(snapshot("b"), t2, "Văn phòng HĐND", " "))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("cần nêu lý do");
        PublishedVersion v2 = p.publish(snapshot("b"), t2, "Văn phòng HĐND", "Sửa lỗi chính tả");
        assertThat(v2.number()).isEqualTo(2);
        assertThat(p.versions()).hasSize(2);
        assertThat(p.version(1).orElseThrow().snapshot().findings().getFirst().text()).isEqualTo("a");
        assertThat(p.latest().orElseThrow().snapshot().findings().getFirst().text()).isEqualTo("b");
    }

    @Test
    void anUnchangedCorrectionIsRefused() {
        Publication p = Publication.of(round, List.of());
        p.publish(snapshot("a"), t1, "Văn phòng HĐND", null);
        assertThatThrownBy(() -> p.publish(snapshot("a"), t2, "Văn phòng HĐND", "Không đổi"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("không thay đổi");
    }

    @Test
    void snapshotsCannotBeChangedThroughTheirLists() {
        RoundSnapshot s = snapshot("a");
        assertThatThrownBy(() -> s.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
