package vn.giamsat.domain.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.RoundId;

/**
 * The publication history of one round: an append-only list of {@link PublishedVersion}s. A correction
 * adds a version with a reason; earlier versions stay readable at their own address.
 */
public final class Publication {
    private final RoundId round;
    private final List<PublishedVersion> versions;

    private Publication(RoundId round, List<PublishedVersion> versions) {
        this.round = Require.present(round, "cuộc giám sát", "round");
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(PublishedVersion::number));
    }

    public static Publication of(RoundId round, List<PublishedVersion> versions) {
        return new Publication(round, versions);
    }

    /**
     * Publishes a snapshot: the first publication, or a correction with its reason.
     *
     * @return the new version, to be stored as it is
     */
    public PublishedVersion publish(RoundSnapshot snapshot, Instant at, String by, String correctionReason) {
        Optional<PublishedVersion> latest = latest();
        if (latest.isPresent()) {
            if (correctionReason == null || correctionReason.isBlank()) {
                throw new DomainRuleViolation(Reason.of("publication.reason-required",
                        "Đính chính kết quả đã công khai cần nêu lý do.", "A correction of published results needs a reason."));
            }
            if (latest.get().snapshot().equals(snapshot)) {
                throw new DomainRuleViolation(Reason.of("publication.unchanged",
                        "Nội dung không thay đổi so với phiên bản " + latest.get().number() + " đã công khai.",
                        "Nothing changed since published version " + latest.get().number() + "."));
            }
            if (at.isBefore(latest.get().publishedAt())) {
                throw new DomainRuleViolation(Reason.of("publication.time",
                        "Thời điểm công khai trước phiên bản trước.", "Publication time is before the previous version."));
            }
        }
        PublishedVersion next = new PublishedVersion(round, versions.size() + 1, at, by,
                latest.isPresent() ? correctionReason : null, snapshot);
        versions.add(next);
        return next;
    }

    public Optional<PublishedVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<PublishedVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public RoundId round() { return round; }
    public List<PublishedVersion> versions() { return List.copyOf(versions); }
}
