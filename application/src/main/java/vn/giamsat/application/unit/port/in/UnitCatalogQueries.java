package vn.giamsat.application.unit.port.in;

import vn.giamsat.application.common.PageRequest;

import java.util.List;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/**
 * The catalogue of administrative units, a page at a time: administrators see every unit, everyone else the units
 * of their jurisdiction (a unit and everything below it).
 */
public interface UnitCatalogQueries {
    long count(UnitSearch search);

    List<UnitListing> find(UnitSearch search, PageRequest<UnitSort> page);

    /** Whether the current actor may change the catalogue: the screens offer the actions only then. */
    boolean canMaintain();
}
