package vn.giamsat.application.unit.service;

import java.util.List;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.port.out.UnitDirectoryPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/** Reads the unit catalogue within the reader's jurisdiction. */
public final class UnitCatalogQueryService implements UnitCatalogQueries {
    private final UnitDirectoryPort directory;
    private final AccessPolicy access;

    public UnitCatalogQueryService(UnitDirectoryPort directory, AccessPolicy access) {
        this.directory = directory;
        this.access = access;
    }

    @Override
    public long count(UnitSearch search) {
        ReadScope scope = access.unitReadScope();
        return scope.isEmpty() ? 0 : directory.count(search, scope);
    }

    @Override
    public List<UnitListing> find(UnitSearch search, PageRequest<UnitSort> page) {
        ReadScope scope = access.unitReadScope();
        return scope.isEmpty() ? List.of() : directory.find(search, scope, page);
    }

    @Override
    public boolean canMaintain() {
        return access.current().hasAnyRole(Role.ADMIN);
    }
}
