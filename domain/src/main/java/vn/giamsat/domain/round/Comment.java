package vn.giamsat.domain.round;

import java.time.Instant;
import java.util.UUID;
import vn.giamsat.domain.common.Require;

/**
 * A comment on a recommendation (ý kiến trao đổi), e.g. the commune explaining a delay or the council office
 * asking for a missing document. Comments are kept as written: there is no editing.
 */
public record Comment(UUID id, RoundId round, UUID recommendation, String text, Contributor author, Instant writtenAt) {
    public static final int MAX_LENGTH = 2000;

    public Comment {
        Require.present(id, "mã ý kiến", "comment id");
        Require.present(round, "cuộc giám sát", "round");
        Require.present(recommendation, "kiến nghị", "recommendation");
        text = Require.text(text, MAX_LENGTH, "nội dung ý kiến", "comment text");
        Require.present(author, "người viết", "author");
        Require.present(writtenAt, "thời điểm viết", "time written");
    }

    public static Comment of(RoundId round, UUID recommendation, String text, Contributor author, Instant at) {
        return new Comment(UUID.randomUUID(), round, recommendation, text, author, at);
    }
}
