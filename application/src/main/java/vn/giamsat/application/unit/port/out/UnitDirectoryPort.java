package vn.giamsat.application.unit.port.out;

import java.util.List;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/** Units filtered, sorted and paged where they are stored, within what the reader may see. */
public interface UnitDirectoryPort {
    long count(UnitSearch search, ReadScope scope);

    List<UnitListing> find(UnitSearch search, ReadScope scope, PageRequest<UnitSort> page);
}
