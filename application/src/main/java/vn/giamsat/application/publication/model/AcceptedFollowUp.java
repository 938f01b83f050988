package vn.giamsat.application.publication.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * One accepted step of a published recommendation's follow-up, as citizens see it: the status the unit reported
 * and the council office accepted, the unit's account, the dates of both. Never who wrote it (decision 049).
 *
 * @param reportedAt when the unit reported it
 * @param acceptedAt when the council office accepted it: the step's date on the portal and in the feeds
 */
public record AcceptedFollowUp(RoundId round, UUID recommendation, FollowUpStatus status, Optional<String> text,
                               Optional<String> evidenceLink, Instant reportedAt, Instant acceptedAt) {
    public AcceptedFollowUp {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        text = text == null ? Optional.empty() : text;
        evidenceLink = evidenceLink == null ? Optional.empty() : evidenceLink;
    }
}
