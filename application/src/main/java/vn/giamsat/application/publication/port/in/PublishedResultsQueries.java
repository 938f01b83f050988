package vn.giamsat.application.publication.port.in;

import java.util.List;

/** What the public portal reads: published snapshots only. */
public interface PublishedResultsQueries {
    /** Every unit's figures in the newest version of every published round, by unit name then period. */
    List<PublishedUnitFigures> publishedUnitFigures();

    /**
     * The same figures grouped by the province (tỉnh, thành phố) the unit belonged to, provinces in Vietnamese
     * order; a unit whose province is unknown falls under "" (decision 032: with every unit of the country in the
     * catalogue, the portal lists only units with published figures, by province).
     */
    default java.util.Map<String, List<PublishedUnitFigures>> publishedUnitFiguresByProvince() {
        return java.util.Map.of("", publishedUnitFigures());
    }
}
