package vn.giamsat.application.publication.port.out;

import java.util.List;
import vn.giamsat.domain.publication.PublishedVersion;

/** The portal's read side: published versions only, nothing else. */
public interface PublishedResultsPort {
    /** The newest version of every published round, newest publication first. */
    List<PublishedVersion> latestVersions();
}
