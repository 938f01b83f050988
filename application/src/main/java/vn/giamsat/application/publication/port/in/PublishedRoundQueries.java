package vn.giamsat.application.publication.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.publication.PublishedVersion;

/** Published supervision rounds: the newest version of each, and every earlier version at its own address. */
public interface PublishedRoundQueries {

    /** The newest version of every published round, newest publication first. */
    List<PublishedVersion> latestVersions();

    /**
     * One version of a round with the round's whole history.
     *
     * @param version {@code null} for the newest
     */
    Optional<RoundVersion> round(String roundId, Integer version);

    /** What a round page shows: the version asked for with its figures, and every version with its date and reason. */
    record RoundVersion(PublishedVersion shown, List<VersionLine> history, List<PublishedUnitFigures> figures) {
        public RoundVersion {
            history = List.copyOf(history);
            figures = List.copyOf(figures);
        }

        public boolean isLatest() {
            return shown.number() == history.getLast().number();
        }
    }

    record VersionLine(int number, Instant publishedAt, String publishedBy, String correctionReason) {}
}
