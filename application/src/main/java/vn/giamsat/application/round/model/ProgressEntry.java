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
 * unit's progress report (status, text, evidence) or the staff's answer to one: its acceptance, or its return with
 * a reason (the unit then reports again). Citizens see accepted reports only.
 *
 * @param report the report an acceptance or a return answers; empty for a report
 * @param text a report's account of progress; a return's reason (required)
 * @param evidenceLink an address where the evidence can be read (a published document, the unit's site), if any
 */
public record ProgressEntry(UUID id, RoundId round, UUID recommendation, Kind kind, Optional<UUID> report,
                            FollowUpStatus status, Optional<String> text, Optional<UUID> evidence,
                            Optional<String> evidenceLink, Instant recordedAt, Contributor recordedBy) {
    public enum Kind {
        REPORTED, ACCEPTED, RETURNED;

        /** The council office's answer to a report: each report gets at most one. */
        public boolean answers() {
            return this != REPORTED;
        }
    }

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
        evidenceLink = evidenceLink == null ? Optional.empty() : evidenceLink.map(String::strip).filter(l -> !l.isEmpty());
        if (kind.answers() != report.isPresent()) {
            throw new IllegalArgumentException("An answer names the report it answers, a report names none");
        }
        if (kind == Kind.RETURNED && text.isEmpty()) {
            throw new IllegalArgumentException("A returned report carries the reason it was returned");
        }
        if (evidenceLink.isPresent() && !evidenceLink.get().matches("(?i)https?://\\S{1,1990}")) {
            throw new IllegalArgumentException("evidence link is not an http(s) address");
        }
        if (text.isPresent() && text.get().length() > 4000) {
            throw new IllegalArgumentException("text longer than 4000 characters");
        }
    }
}
