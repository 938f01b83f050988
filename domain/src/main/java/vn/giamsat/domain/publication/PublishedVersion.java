package vn.giamsat.domain.publication;

import java.time.Instant;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.RoundId;

/**
 * One published version of a round's results. Version 1 is the first publication; every later version is a
 * correction (đính chính) and states its reason. Versions never change once published.
 */
public record PublishedVersion(RoundId round, int number, Instant publishedAt, String publishedBy,
                               String correctionReason, RoundSnapshot snapshot) {
    public PublishedVersion {
        Require.present(round, "cuộc giám sát", "round");
        Require.present(publishedAt, "thời điểm công khai", "publication time");
        publishedBy = Require.text(publishedBy, 120, "người công khai", "publisher");
        Require.present(snapshot, "nội dung công khai", "snapshot");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        if (number > 1) {
            correctionReason = Require.text(correctionReason, 2000, "lý do đính chính", "correction reason");
        } else {
            correctionReason = null;
        }
    }

    public boolean isCorrection() {
        return number > 1;
    }
}
