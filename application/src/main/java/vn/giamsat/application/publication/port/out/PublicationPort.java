package vn.giamsat.application.publication.port.out;

import vn.giamsat.application.common.StaleDataException;

import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.RoundId;

/** Published versions: appended, never changed. */
public interface PublicationPort {
    Publication load(RoundId round);

    /** Appends one version; a version number already taken is refused with {@link StaleDataException}. */
    void append(PublishedVersion version);
}
