package vn.giamsat.application.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.application.round.port.out.RecommendationEvidencePort;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.RoundId;

/** Evidence and comments in memory, in insertion order (the JDBC adapter orders by time, then id). */
public final class InMemoryEvidence implements RecommendationEvidencePort {
    private final Map<UUID, Evidence> evidence = new LinkedHashMap<>();
    private final Map<UUID, byte[]> contents = new HashMap<>();
    private final List<Comment> comments = new ArrayList<>();

    @Override
    public void add(Evidence e, byte[] content) {
        evidence.put(e.id(), e);
        contents.put(e.id(), content.clone());
    }

    @Override
    public Optional<Evidence> evidence(UUID id) {
        return Optional.ofNullable(evidence.get(id));
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return Optional.ofNullable(contents.get(id)).map(byte[]::clone);
    }

    @Override
    public void delete(UUID id) {
        evidence.remove(id);
        contents.remove(id);
    }

    @Override
    public List<Evidence> evidenceOf(RoundId round, UUID recommendation) {
        return evidence.values().stream()
                .filter(e -> e.round().equals(round) && e.recommendation().equals(recommendation)).toList();
    }

    @Override
    public void add(Comment comment) {
        comments.add(comment);
    }

    @Override
    public List<Comment> commentsOf(RoundId round, UUID recommendation) {
        return comments.stream()
                .filter(c -> c.round().equals(round) && c.recommendation().equals(recommendation)).toList();
    }

    @Override
    public Map<UUID, Tally> countsOf(RoundId round) {
        Map<UUID, Tally> counts = new HashMap<>();
        evidence.values().stream().filter(e -> e.round().equals(round)).forEach(e -> counts.merge(e.recommendation(),
                new Tally(1, 0), (a, b) -> new Tally(a.files() + 1, a.comments())));
        comments.stream().filter(c -> c.round().equals(round)).forEach(c -> counts.merge(c.recommendation(),
                new Tally(0, 1), (a, b) -> new Tally(a.files(), a.comments() + 1)));
        return counts;
    }
}
