package vn.giamsat.application.publication.port.in;

import java.util.List;

/** What the public portal reads: published snapshots only. */
public interface PublishedResultsQueries {
    /** Every unit's figures in the newest version of every published round, by unit name then period. */
    List<PublishedUnitFigures> publishedUnitFigures();
}
