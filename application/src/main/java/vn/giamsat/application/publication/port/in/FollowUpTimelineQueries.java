package vn.giamsat.application.publication.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giamsat.application.publication.model.AcceptedFollowUp;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot.RecommendationEntry;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * Published recommendations with their follow-up as accepted since publication (issue 19 item 5, decision 049):
 * read beside the published report, which stays as it was published.
 */
public interface FollowUpTimelineQueries {

    /** The round's recommendations in the order of its newest published version; empty if it was never published. */
    List<FollowedRecommendation> ofRound(RoundId round);

    /** The recommendations addressed to the unit in every published round, newest publication first. */
    List<FollowedRecommendation> ofUnit(String unitId);

    /**
     * A recommendation as published in its round's newest version, with its accepted steps, oldest first.
     *
     * @param number its place in that version's list, from 1: with the round's resolution, a name that stays
     */
    record FollowedRecommendation(PublishedVersion round, int number, RecommendationEntry recommendation,
                                  List<AcceptedFollowUp> steps) {
        public FollowedRecommendation {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(recommendation, "recommendation");
            steps = List.copyOf(steps);
        }

        /** The newest accepted status; the status as published while nothing has been accepted. */
        public FollowUpStatus status() {
            return steps.isEmpty() ? recommendation.status() : steps.getLast().status();
        }

        public Optional<AcceptedFollowUp> lastStep() {
            return steps.isEmpty() ? Optional.empty() : Optional.of(steps.getLast());
        }
    }
}
