package vn.giamsat.application.publication.port.out;

import java.util.List;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.RoundId;

/** Every published version of a round, the corrections included: earlier versions stay readable. */
public interface PublishedVersionsPort {

    /** Oldest first; empty when the round was never published (or does not exist). */
    List<PublishedVersion> versionsOf(RoundId round);
}
