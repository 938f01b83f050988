package vn.giamsat.application.publication.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.giamsat.application.publication.model.AcceptedFollowUp;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries;
import vn.giamsat.application.publication.port.out.PublishedFollowUpPort;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot.RecommendationEntry;
import vn.giamsat.domain.round.RoundId;

/**
 * Joins each published recommendation (newest version of its round) to its accepted steps. A recommendation the
 * council did not adopt is not followed up: it carries no steps even if one were recorded.
 */
public final class FollowUpTimelineService implements FollowUpTimelineQueries {
    private final PublishedResultsPort latest;
    private final PublishedFollowUpPort followUp;

    public FollowUpTimelineService(PublishedResultsPort latest, PublishedFollowUpPort followUp) {
        this.latest = latest;
        this.followUp = followUp;
    }

    @Override
    public List<FollowedRecommendation> ofRound(RoundId round) {
        return latest.latestVersions().stream().filter(v -> v.round().equals(round)).findFirst()
                .map(v -> followed(v, stepsByRecommendation())).orElse(List.of());
    }

    @Override
    public List<FollowedRecommendation> ofUnit(String unitId) {
        Map<String, List<AcceptedFollowUp>> steps = stepsByRecommendation();
        List<FollowedRecommendation> found = new ArrayList<>();
        for (PublishedVersion v : latest.latestVersions()) {
            followed(v, steps).stream().filter(f -> unitId.equals(f.recommendation().unitId())).forEach(found::add);
        }
        return found;
    }

    private static List<FollowedRecommendation> followed(PublishedVersion v, Map<String, List<AcceptedFollowUp>> steps) {
        List<RecommendationEntry> recs = v.snapshot().recommendations();
        List<FollowedRecommendation> out = new ArrayList<>(recs.size());
        for (int i = 0; i < recs.size(); i++) {
            RecommendationEntry r = recs.get(i);
            out.add(new FollowedRecommendation(v, i + 1, r, r.followedUp()
                    ? steps.getOrDefault(key(v.round(), r.id()), List.of()) : List.of()));
        }
        return out;
    }

    private Map<String, List<AcceptedFollowUp>> stepsByRecommendation() {
        return followUp.accepted().stream().collect(Collectors.groupingBy(
                a -> key(a.round(), a.recommendation().toString())));
    }

    private static String key(RoundId round, String recommendation) {
        return round.value() + "/" + recommendation;
    }
}
