package vn.giamsat.application.lists.port.out;

import java.util.List;
import vn.giamsat.application.lists.port.in.PageRequest;
import vn.giamsat.application.lists.port.in.UnitCatalogueQueries.UnitListing;
import vn.giamsat.application.lists.port.in.UnitCatalogueQueries.UnitSearch;
import vn.giamsat.application.lists.port.in.UnitCatalogueQueries.UnitSort;
import vn.giamsat.application.security.ReadScope;

/** Units filtered, sorted and paged where they are stored, within what the reader may see. */
public interface UnitDirectoryPort {
    long count(UnitSearch search, ReadScope scope);

    List<UnitListing> find(UnitSearch search, ReadScope scope, PageRequest<UnitSort> page);
}
