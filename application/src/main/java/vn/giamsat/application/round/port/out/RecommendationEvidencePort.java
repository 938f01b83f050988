package vn.giamsat.application.round.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.RoundId;

/**
 * Where evidence files and comments are kept. They live beside the round, not inside it: attaching a file must not
 * rewrite (or conflict with) the round that council staff may be editing at the same time.
 */
public interface RecommendationEvidencePort {
    void add(Evidence evidence, byte[] content);

    Optional<Evidence> evidence(UUID id);

    Optional<byte[]> content(UUID id);

    void delete(UUID id);

    List<Evidence> evidenceOf(RoundId round, UUID recommendation);

    void add(Comment comment);

    List<Comment> commentsOf(RoundId round, UUID recommendation);

    /** Per recommendation of the round, how many files and comments; recommendations with neither are absent. */
    Map<UUID, Tally> countsOf(RoundId round);

    record Tally(int files, int comments) {}
}
