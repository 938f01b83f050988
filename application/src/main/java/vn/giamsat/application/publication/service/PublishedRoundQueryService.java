package vn.giamsat.application.publication.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.application.publication.port.out.PublishedVersionsPort;
import vn.giamsat.application.publication.port.out.UnitStatusPort;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.RoundId;

/** Reads published versions only: a round that was never published does not exist here. */
public final class PublishedRoundQueryService implements PublishedRoundQueries {
    private final PublishedResultsPort latest;
    private final PublishedVersionsPort versions;
    private final UnitStatusPort status;

    /** @param status each unit's present status, read when the page is shown (figures stay as published) */
    public PublishedRoundQueryService(PublishedResultsPort latest, PublishedVersionsPort versions, UnitStatusPort status) {
        this.latest = latest;
        this.versions = versions;
        this.status = status;
    }

    @Override
    public List<PublishedVersion> latestVersions() {
        return latest.latestVersions();
    }

    @Override
    public Optional<RoundVersion> round(String roundId, Integer version) {
        UUID id;
        try {
            id = UUID.fromString(roundId);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a mistyped address is "not found", not an error
        }
        List<PublishedVersion> all = versions.versionsOf(new RoundId(id));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublishedVersion> shown = version == null ? Optional.of(all.getLast())
                : all.stream().filter(v -> v.number() == version).findFirst();
        List<VersionLine> history = all.stream()
                .map(v -> new VersionLine(v.number(), v.publishedAt(), v.publishedBy(), v.correctionReason())).toList();
        return shown.map(v -> new RoundVersion(v, history, SnapshotFigures.of(v, status)));
    }
}
