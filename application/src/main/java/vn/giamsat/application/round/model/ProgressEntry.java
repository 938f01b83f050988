package vn.giamsat.application.round.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * One entry of a recommendation's follow-up record (theo dõi thực hiện kiến nghị), never changed once written: a
 * unit's progress report (status, text, evidence) or the staff's acceptance of one. Citizens see accepted reports.
 *
 * @param report the report an acceptance accepts; empty for a report
 */
public record ProgressEntry(UUID id, RoundId round, UUID recommendation, Kind kind, Optional<UUID> report,
                            FollowUpStatus status, Optional<String> text, Optional<UUID> evidence,
                            Instant recordedAt, Contributor recordedBy) {
    public enum Kind { REPORTED, ACCEPTED }

    public ProgressEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        report = report == null ? Optional.empty() : report;
        text = text == null ? Optional.empty() : text.filter(t -> !t.isBlank());
        evidence = evidence == null ? Optional.empty() : evidence;
        if ((kind == Kind.ACCEPTED) != report.isPresent()) {
            throw new IllegalArgumentException("An acceptance names the report it accepts, a report names none");
        }
        if (text.isPresent() && text.get().length() > 4000) {
            throw new IllegalArgumentException("text longer than 4000 characters");
        }
    }
}
