package vn.giamsat.application.round.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.Approval;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.LegalBasis;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.RoundTransitionPolicy;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;

/**
 * One supervision round (cuộc giám sát) as its page shows it: what was decided, planned, found and recommended, and
 * which moves of its lifecycle are allowed now. A snapshot read by the use case; the screen holds this, never the
 * aggregate, so no screen can change a round except through a command.
 *
 * @param scopeInOrder the supervised units in the order they were added
 * @param head         the head of the delegation (Trưởng đoàn), who alone may approve the report
 * @param transitions  for every status, whether the round may move there now ({@link RoundTransitionPolicy})
 * @param legalBasis   the law printed under "Căn cứ" in the report; staff may reword it until the head approves
 */
public record RoundDetails(RoundId id, UnitId council, Resolution resolution, String subject, Period period,
                           RoundStatus status, List<UnitId> scopeInOrder, List<DelegationMember> delegation,
                           Optional<DelegationMember> head, List<Visit> visits, List<Finding> findings,
                           List<Recommendation> recommendations, Optional<Approval> approval,
                           Map<RoundStatus, Decision> transitions, LegalBasis legalBasis,
                           Optional<vn.giamsat.domain.round.CouncilConclusion> conclusion) {
    // conclusion: the council's resolution or conclusion on the results (issue 19.3), once recorded
    public RoundDetails {
        conclusion = conclusion == null ? Optional.empty() : conclusion;
        scopeInOrder = List.copyOf(scopeInOrder);
        delegation = List.copyOf(delegation);
        visits = List.copyOf(visits);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        transitions = Collections.unmodifiableMap(new EnumMap<>(transitions));
    }

    /** The recommendations followed up: all until the council concludes, then those it adopted. */
    public List<Recommendation> followedUpRecommendations() {
        return recommendations.stream().filter(r -> r.adoption().isFollowedUp()).toList();
    }

    public SequencedSet<UnitId> scope() {
        return Collections.unmodifiableSequencedSet(new LinkedHashSet<>(scopeInOrder));
    }

    /** Whether the round may move to {@code to} now, and if not, why. */
    public Decision transition(RoundStatus to) {
        return transitions.get(to);
    }
}
